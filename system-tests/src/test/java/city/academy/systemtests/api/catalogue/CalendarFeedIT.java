package city.academy.systemtests.api.catalogue;

import static city.academy.systemtests.api.catalogue.Sessions.API;
import static city.academy.systemtests.api.catalogue.Sessions.assertProblem;
import static city.academy.systemtests.api.catalogue.Sessions.id;
import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person's calendar feed, read without a token and parsed with ical4j as a calendar client would:
 * a booked session appears, a change raises its SEQUENCE, a cancellation shows as CANCELLED; a new
 * address retires the old one.
 */
@ExtendWith(PlatformExtension.class)
class CalendarFeedIT {

  /** Issues a feed address for the person and answers its path on the platform. */
  static String issue(String token) {
    Api.Reply reply = Api.post(API + "/calendar/me/feed", token, "{}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    JsonObject feed = reply.object();
    assertThat(feed.getBoolean("live")).isTrue();
    String url = feed.getString("url");
    assertThat(url).matches("https?://.+/catalogue/api/calendar/[A-Za-z0-9_-]{43}\\.ics");
    return URI.create(url).getPath();
  }

  static Api.Reply read(String path) {
    return Api.send("GET", path, null, null, null, "text/calendar");
  }

  static List<VEvent> events(String path) throws Exception {
    Api.Reply reply = read(path);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("text/calendar");
    Calendar calendar = new CalendarBuilder().build(new StringReader(reply.text()));
    assertThat(calendar.getProperty("METHOD").map(Property::getValue)).contains("PUBLISH");
    return calendar.getComponents("VEVENT");
  }

  static String value(VEvent event, String name) {
    return event.getProperty(name).map(Property::getValue).orElse(null);
  }

  @Test
  void aBookedSessionItsChangeAndItsCancellation() throws Exception {
    String provider = People.providerOf("NGH");
    LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(20);
    long session = Sessions.scheduled(provider, SessionSearchIT.courseTitled("Fire Safety Awareness"), SessionSearchIT.plan(day, "10:00", 4, 2));
    String nurse = People.staffOf("NGH");
    String feed = issue(nurse);
    assertThat(events(feed)).as("nothing booked yet").isEmpty();

    JsonObject booking = Sessions.booked(nurse, session);
    List<VEvent> events = events(feed);
    assertThat(events).hasSize(1);
    VEvent event = events.get(0);
    assertThat(value(event, "SUMMARY")).isEqualTo("Fire Safety Awareness");
    assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
    assertThat(value(event, "UID")).isEqualTo("booking-" + id(booking) + "@catalogue.academy.local");
    assertThat(value(event, "LOCATION")).isEqualTo("Education Centre, Room 4");
    Instant start = Instant.from(event.getDateTimeStart().getDate());
    assertThat(start).isEqualTo(day.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
    int firstSequence = Integer.parseInt(value(event, "SEQUENCE"));

    // the provider moves the session to another room: same event, higher sequence
    JsonObject moved = SessionSearchIT.plan(day, "10:00", 4, 2).add("venue", "Education Centre, Room 9").build();
    assertThat(Api.send("PUT", API + "/sessions/" + session, provider, "application/json", moved.toString()).status()).isEqualTo(200);
    VEvent changed = events(feed).get(0);
    assertThat(value(changed, "LOCATION")).isEqualTo("Education Centre, Room 9");
    assertThat(Integer.parseInt(value(changed, "SEQUENCE"))).isGreaterThan(firstSequence);

    // the provider cancels the session: the event stays, cancelled, with a higher sequence again
    assertThat(Api.post(API + "/sessions/" + session + "/cancellation", provider, "{\"reason\": \"Trainer ill\"}").status()).isEqualTo(200);
    VEvent cancelled = events(feed).get(0);
    assertThat(value(cancelled, "UID")).isEqualTo(value(event, "UID"));
    assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
    assertThat(Integer.parseInt(value(cancelled, "SEQUENCE"))).isGreaterThan(Integer.parseInt(value(changed, "SEQUENCE")));
    assertThat(value(cancelled, "DESCRIPTION")).contains("Trainer ill");
  }

  @Test
  void onlyConfirmedPlacesAndOnlyMine() throws Exception {
    String provider = People.providerOf("NGH");
    LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(21);
    long session = Sessions.scheduled(provider, SessionSearchIT.courseTitled("Fire Safety Awareness"), SessionSearchIT.plan(day, "14:00", 1, 1));
    String first = People.staffOf("NGH");
    String second = People.staffOf("NGH");
    Sessions.booked(first, session);
    assertThat(Sessions.booked(second, session).getString("status")).isEqualTo("WAITLISTED");
    assertThat(events(issue(second))).as("a waitlisted request is not in the calendar").isEmpty();
    assertThat(events(issue(first))).hasSize(1);
  }

  @Test
  void aNewAddressRetiresTheOldOne() throws Exception {
    String nurse = People.staffOf("NGH");
    String old = issue(nurse);
    assertThat(read(old).status()).isEqualTo(200);
    String current = issue(nurse);
    assertThat(current).isNotEqualTo(old);
    assertProblem(read(old), 404, "no calendar feed at this address");
    assertThat(read(current).status()).isEqualTo(200);
    JsonObject status = Api.get(API + "/calendar/me/feed", nurse).object();
    assertThat(status.getBoolean("live")).isTrue();
    assertThat(status.containsKey("url")).as("the address is shown once").isFalse();

    assertThat(Api.send("DELETE", API + "/calendar/me/feed", nurse, null, null).status()).isEqualTo(204);
    assertProblem(read(current), 404, null);
    assertThat(Api.get(API + "/calendar/me/feed", nurse).object().getBoolean("live")).isFalse();
  }

  @Test
  void addressesAskedForAtTheSameMomentLeaveOneLiveFeedAndNoServerError() throws Exception {
    String nurse = People.staffOf("NGH");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(pool.submit(() -> Api.post(API + "/calendar/me/feed", nurse, "{}").status()));
      }
      for (var answer : answers) {
        assertThat(answer.get()).isIn(201, 409);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(Api.get(API + "/calendar/me/feed", nurse).object().getBoolean("live")).isTrue();
  }

  @Test
  void theFeedNeedsNoTokenButEverythingElseDoes() {
    assertProblem(read(API + "/calendar/" + "A".repeat(43) + ".ics"), 404, null);
    assertProblem(read(API + "/calendar/not-a-secret.ics"), 404, null);
    assertProblem(Api.post(API + "/calendar/me/feed", null, "{}"), 401, null);
    assertProblem(Api.get(API + "/calendar/me/feed", null), 401, null);
    String system = People.token(People.newPersonId(), List.of("ACADEMY_ADMIN"), List.of(), List.of());
    assertThat(Api.post(API + "/calendar/me/feed", system, "{}").status()).as("an admin is a person too").isEqualTo(201);
  }
}
