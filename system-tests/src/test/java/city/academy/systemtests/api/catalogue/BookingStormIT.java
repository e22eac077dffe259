package city.academy.systemtests.api.catalogue;

import static city.academy.systemtests.api.catalogue.Sessions.id;
import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many people asking for the same few places at the same moment: exactly the places are
 * confirmed, partners get no more than the partner places, everyone else waits, nobody gets a
 * server error, and one person cannot slip in twice. The running organisation's staff may take
 * open places too, so how many partners get in depends on who arrived first: the test replays the
 * rules over the actual arrival order.
 */
@ExtendWith(PlatformExtension.class)
class BookingStormIT {
  private static final int PEOPLE = 200;

  @Test
  void twoHundredPeopleAtOnceForTenPlaces() throws Exception {
    String provider = People.providerOf("NGH");
    long session = Sessions.scheduled(provider, Sessions.courseOf("NGH"), Sessions.plan(20, 10, 6));
    List<String> tokens = new ArrayList<>();
    String[] partnerOrganisations = {"BWC", "GPX", "CCX", "HSP"};
    for (int i = 0; i < PEOPLE; i++) {
      tokens.add(People.staffOf(i % 2 == 0 ? "NGH" : partnerOrganisations[(i / 2) % partnerOrganisations.length]));
    }

    List<Api.Reply> replies = storm(tokens, session);

    assertThat(replies).filteredOn(r -> r.status() >= 500).as("server errors").isEmpty();
    assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
    Map<String, Long> byStatus = replies.stream().collect(Collectors.groupingBy(r -> r.object().getString("status"), Collectors.counting()));
    assertThat(byStatus).containsEntry("CONFIRMED", 10L).containsEntry("WAITLISTED", (long) PEOPLE - 10);
    long partnersConfirmed = replies.stream().map(Api.Reply::object)
        .filter(b -> b.getString("status").equals("CONFIRMED") && b.getBoolean("partnerPlace")).count();
    assertThat(partnersConfirmed).as("partners get at most the 4 open places").isLessThanOrEqualTo(4);

    JsonObject state = Sessions.session(session);
    assertThat(state.getInt("confirmed")).isEqualTo(10);
    assertThat(state.getInt("partnerConfirmed")).isEqualTo((int) partnersConfirmed);
    assertThat(state.getInt("ownerConfirmed")).isEqualTo(10 - (int) partnersConfirmed);
    assertThat(state.getInt("waitlisted")).isEqualTo(PEOPLE - 10);
    assertThat(state.getInt("freePlaces")).isZero();

    // in arrival order (one queue number each), every outcome is what the rules say for that order:
    // a place if one is free that this person may take (partners: one of the 4 open places)
    List<JsonObject> all = new ArrayList<>();
    for (int page = 0; page * 100 < PEOPLE; page++) {
      all.addAll(Api.get(Sessions.API + "/sessions/" + session + "/bookings?size=100&page=" + page, provider).object()
          .getJsonArray("items").getValuesAs(JsonObject.class));
    }
    assertThat(all).hasSize(PEOPLE);
    int confirmed = 0;
    int partners = 0;
    int waiting = 0;
    for (JsonObject booking : all) {
      boolean partner = booking.getBoolean("partnerPlace");
      boolean gets = confirmed < 10 && (!partner || partners < 4);
      assertThat(booking.getString("status")).as("booking " + id(booking) + " in arrival order").isEqualTo(gets ? "CONFIRMED" : "WAITLISTED");
      if (gets) {
        confirmed++;
        partners += partner ? 1 : 0;
      } else {
        assertThat(booking.getInt("waitlistPosition")).isEqualTo(++waiting);
      }
    }
    assertThat(confirmed).isEqualTo(10);
    assertThat(partners).isEqualTo((int) partnersConfirmed);
  }

  @Test
  void onePersonAskingManyTimesAtOnceGetsOneBooking() throws Exception {
    long session = Sessions.scheduled(People.providerOf("NGH"), Sessions.courseOf("NGH"), Sessions.plan(20, 5, 0));
    String person = People.newPersonId();
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      tokens.add(People.staffOf(person, "NGH"));
    }
    List<Api.Reply> replies = storm(tokens, session);
    assertThat(replies).filteredOn(r -> r.status() >= 500).as("server errors").isEmpty();
    assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
    assertThat(replies).filteredOn(r -> r.status() == 409).hasSize(19);
    assertThat(Sessions.session(session).getInt("confirmed")).isEqualTo(1);
    assertThat(id(replies.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().object())).isPositive();
  }

  /** Every token asks for a place at the same moment. */
  private static List<Api.Reply> storm(List<String> tokens, long session) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
    try {
      CountDownLatch ready = new CountDownLatch(tokens.size());
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Api.Reply>> futures = new ArrayList<>();
      for (String token : tokens) {
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return book(token, session);
        }));
      }
      ready.await();
      go.countDown();
      List<Api.Reply> replies = new ArrayList<>();
      for (Future<Api.Reply> future : futures) {
        replies.add(future.get());
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Separate HTTP/1.1 connections, as many browsers would open. (The shared client multiplexes
   * everything over one HTTP/2 connection, which the server may close with GOAWAY under a storm.)
   */
  private static final HttpClient HTTP_1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  private static Api.Reply book(String token, long session) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(PlatformExtension.baseUrl() + Sessions.API + "/sessions/" + session + "/bookings"))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}"))
        .build();
    HttpResponse<String> response = HTTP_1.send(request, HttpResponse.BodyHandlers.ofString());
    return new Api.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> numbers = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      numbers.add(i);
    }
    return numbers;
  }
}
