package city.academy.systemtests.api.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests about one apprentice arriving at the same moment are decided one after the other: a day
 * never holds more than 24 hours however many entries race for it, an entry is confirmed once
 * (its hours counted once), and a person is enrolled once however many admins press the button.
 */
@ExtendWith(PlatformExtension.class)
class ApprenticeshipConcurrencyIT {
  private static final String API = "/catalogue/api/apprenticeships";
  private static final HttpClient HTTP_1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  static String admin;
  static long cohort;
  static List<String> nghPeople = new ArrayList<>();

  @BeforeAll
  static void cohortOfOurOwn() {
    admin = Api.tokenFor("admin");
    String standard = "ST" + (8000 + ThreadLocalRandom.current().nextInt(1000)) ;
    Api.Reply programme = Api.post(API + "/programmes", admin, Json.createObjectBuilder().add("standardCode", standard)
        .add("title", "Concurrency " + standard).add("level", 3).add("durationMonths", 12).add("minimumOtjHours", 278).build().toString());
    assertThat(programme.status()).as(programme.toString()).isIn(201, 409);
    long programmeId = ((jakarta.json.JsonArray) Api.get(API + "/programmes", admin).json()).getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("standardCode").equals(standard)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    Api.Reply created = Api.post(API + "/cohorts", admin, Json.createObjectBuilder().add("name", "Concurrency cohort " + standard)
        .add("programmeId", programmeId).add("providerCode", "NGH").add("startDate", LocalDate.now().minusMonths(3).toString())
        .add("employerCodes", Json.createArrayBuilder().add("NGH")).build().toString());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    cohort = created.object().getJsonNumber("id").longValue();
    // people from the end of the staff list: other test classes take theirs from the start
    long staff = Api.get("/passport/api/organisations/NGH/staff?size=1", admin).object().getJsonNumber("total").longValue();
    java.util.Set<String> logins = new java.util.HashSet<>();
    for (String login : List.of("staff", "manager", "hr", "provider", "admin", "apprentice")) {
      logins.add(Api.principal(login).getString("personId"));
    }
    Api.get("/passport/api/organisations/NGH/staff?size=10&page=" + (staff / 10 - 1), admin).object().getJsonArray("items")
        .getValuesAs(JsonObject.class).stream().map(p -> p.getString("personId")).filter(id -> !logins.contains(id))
        .forEach(nghPeople::add);
  }

  @Test
  void aPersonPressedIntoTheCohortTenTimesAtOnceIsEnrolledOnce() throws Exception {
    String person = nghPeople.get(0);
    String body = enrolment(person);
    List<Api.Reply> replies = atOnce(10, () -> send("POST", API + "/cohorts/" + cohort + "/apprentices", admin, body));
    assertThat(replies).filteredOn(r -> r.status() >= 500).as("server errors").isEmpty();
    assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
    assertThat(replies).filteredOn(r -> r.status() == 409).hasSize(9);
    assertThat(Api.get(API + "/cohorts/" + cohort + "/apprentices?size=200", admin).object().getJsonArray("items")
        .getValuesAs(JsonObject.class)).filteredOn(a -> a.getString("personId").equals(person)).hasSize(1);
  }

  @Test
  void tenEntriesOfFiveHoursRacingForOneDayLeaveAtMostTwentyFour() throws Exception {
    String person = nghPeople.get(1);
    long apprentice = enrol(person);
    String self = People.staffOf(person, "NGH");
    String day = LocalDate.now().minusDays(3).toString();
    String body = Json.createObjectBuilder().add("date", day).add("hours", 5).add("activity", "SELF_STUDY").build().toString();

    List<Api.Reply> replies = atOnce(10, () -> send("POST", API + "/apprentices/" + apprentice + "/otj", self, body));

    assertThat(replies).filteredOn(r -> r.status() >= 500).as("server errors").isEmpty();
    assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(4);
    assertThat(replies).filteredOn(r -> r.status() == 400).hasSize(6)
        .allSatisfy(r -> assertThat(r.object().getString("detail")).contains("more than 24 hours"));
    JsonObject log = Api.get(API + "/apprentices/" + apprentice + "/otj", self).object();
    BigDecimal logged = log.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("date").equals(day)).map(e -> e.getJsonNumber("hours").bigDecimalValue())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(logged).isEqualByComparingTo("20");
    assertThat(log.getJsonObject("progress").getJsonNumber("pendingHours").bigDecimalValue()).isEqualByComparingTo("20");
  }

  @Test
  void anEntryConfirmedByEightPeopleAtOnceCountsOnce() throws Exception {
    String person = nghPeople.get(2);
    long apprentice = enrol(person);
    String self = People.staffOf(person, "NGH");
    Api.Reply entry = Api.post(API + "/apprentices/" + apprentice + "/otj", self, Json.createObjectBuilder()
        .add("date", LocalDate.now().minusDays(1).toString()).add("hours", 3.5).add("activity", "MENTORING").build().toString());
    assertThat(entry.status()).as(entry.toString()).isEqualTo(201);
    long entryId = entry.object().getJsonNumber("id").longValue();
    String confirm = Json.createObjectBuilder().add("confirmed", true).build().toString();

    List<Api.Reply> replies = atOnce(8, () -> send("POST", API + "/apprentices/" + apprentice + "/otj/" + entryId + "/decision", admin, confirm));

    assertThat(replies).filteredOn(r -> r.status() >= 500).as("server errors").isEmpty();
    assertThat(replies).filteredOn(r -> r.status() == 200).hasSize(1);
    assertThat(replies).filteredOn(r -> r.status() == 409).hasSize(7);
    JsonObject progress = Api.get(API + "/apprentices/" + apprentice + "/otj", self).object().getJsonObject("progress");
    assertThat(progress.getJsonNumber("confirmedHours").bigDecimalValue()).isEqualByComparingTo("3.5");
    assertThat(progress.getJsonNumber("pendingHours").bigDecimalValue()).isEqualByComparingTo("0");
  }

  private static String enrolment(String person) {
    return Json.createObjectBuilder().add("personId", person).add("employerCode", "NGH")
        .add("startDate", LocalDate.now().minusMonths(2).toString()).build().toString();
  }

  private static long enrol(String person) {
    Api.Reply enrolled = Api.post(API + "/cohorts/" + cohort + "/apprentices", admin, enrolment(person));
    assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
    return enrolled.object().getJsonNumber("id").longValue();
  }

  private static List<Api.Reply> atOnce(int n, Callable<Api.Reply> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch ready = new CountDownLatch(n);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Api.Reply>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return call.call();
        }));
      }
      ready.await();
      go.countDown();
      List<Api.Reply> replies = new ArrayList<>();
      for (Future<Api.Reply> f : futures) {
        replies.add(f.get());
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }

  /** One HTTP/1.1 connection per request, as separate browsers would open. */
  private static Api.Reply send(String method, String path, String token, String json) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(PlatformExtension.baseUrl() + path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").header("Accept", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
    HttpResponse<String> response = HTTP_1.send(request, HttpResponse.BodyHandlers.ofString());
    return new Api.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
  }
}
