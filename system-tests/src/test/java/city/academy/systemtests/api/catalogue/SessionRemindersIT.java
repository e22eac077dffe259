package city.academy.systemtests.api.catalogue;

import static city.academy.systemtests.api.catalogue.Sessions.API;
import static city.academy.systemtests.api.catalogue.Sessions.assertProblem;
import static city.academy.systemtests.api.catalogue.Sessions.id;
import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.Outbox;
import city.academy.systemtests.PlatformExtension;
import city.academy.systemtests.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Session reminders, run through the API as an academy admin (the test platform's timer is off:
 * {@code academy.reminders.automatic=false}): a person with a confirmed place on a session two days
 * ahead gets one reminder in their messages and one email with the session's calendar entry; a
 * second run sends nothing; a cancelled place is not reminded. The people are real people of the
 * demo city (the email needs the address the passport holds), from near the end of the hospital's
 * staff list, never a demo login.
 */
@ExtendWith(PlatformExtension.class)
class SessionRemindersIT {
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final String RUNS = API + "/reminders/sessions/runs";

  /** A person of the demo city and a token for them (each test has its own: the emails' subjects repeat per course). */
  record Person(String personId, String email, String token) {}

  static List<Person> people;

  @BeforeAll
  static void people() {
    String admin = Api.tokenFor("admin");
    Set<String> logins = new HashSet<>();
    for (String login : List.of("admin", "hr", "carehome.hr", "provider", "manager", "staff", "carehome.staff", "apprentice")) {
      logins.add(Api.principal(login).getString("personId"));
    }
    // near the end of the list, but not its last pages (ApprenticeshipConcurrencyIT takes those)
    long total = Api.get("/passport/api/organisations/NGH/staff?size=1", admin).object().getJsonNumber("total").longValue();
    Api.Reply page = Api.get("/passport/api/organisations/NGH/staff?size=10&page=" + Math.max(0, total / 10 - 3), admin);
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    people = new ArrayList<>();
    for (JsonObject p : page.object().getJsonArray("items").getValuesAs(JsonObject.class)) {
      String id = p.getString("personId");
      if (logins.contains(id)) {
        continue;
      }
      Api.Reply contact = Api.get("/passport/api/people/" + id + "/contact", Tokens.system());
      if (contact.status() == 200 && !contact.object().isNull("email")) {
        people.add(new Person(id, contact.object().getString("email"), People.staffOf(id, "NGH")));
      }
    }
    assertThat(people).as("NGH staff with an email address for the test").hasSizeGreaterThanOrEqualTo(3);
  }

  /** A session on the London day after tomorrow, 10:00 to 12:00, at a venue. */
  static long sessionInTwoDays() {
    LocalDateTime start = LocalDate.now(LONDON).plusDays(2).atTime(10, 0);
    return Sessions.scheduled(People.providerOf("NGH"), Sessions.courseOf("NGH"), Json.createObjectBuilder()
        .add("startsAt", start.toString())
        .add("endsAt", start.plusHours(2).toString())
        .add("venue", "Education Centre, Room 3")
        .add("trainer", "Sam Patel")
        .add("capacity", 5)
        .add("reservedPlaces", 0));
  }

  static JsonObject run() {
    Api.Reply reply = Api.post(RUNS, Api.tokenFor("admin"), "{}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.object();
  }

  static List<JsonObject> reminders(Person person, long session) {
    return Sessions.messagesOf(person.token()).stream()
        .filter(m -> m.getString("kind").equals("SESSION_REMINDER") && !m.isNull("sessionId") && m.getJsonNumber("sessionId").longValue() == session)
        .toList();
  }

  @Test
  void aConfirmedPlaceIsRemindedOnceWithTheSessionsCalendarEntry() throws Exception {
    Person person = people.get(0);
    long session = sessionInTwoDays();
    JsonObject booking = Sessions.booked(person.token(), session);
    assertThat(booking.getString("status")).isEqualTo("CONFIRMED");
    Instant start = OffsetDateTime.parse(Sessions.session(session).getJsonObject("startsAt").getString("utc")).toInstant();

    JsonObject first = run();
    assertThat(first.getString("remindedThrough")).isEqualTo(LocalDate.now(LONDON).plusDays(2).toString());
    assertThat(first.getInt("bookingsReminded")).isGreaterThanOrEqualTo(1);
    assertThat(first.getInt("bookingsFailed")).isZero();

    List<JsonObject> reminders = reminders(person, session);
    assertThat(reminders).hasSize(1);
    JsonObject reminder = reminders.get(0);
    assertThat(reminder.getJsonNumber("bookingId").longValue()).isEqualTo(id(booking));
    assertThat(reminder.getString("subject")).startsWith("Reminder: ");
    assertThat(reminder.getString("text")).contains("Education Centre, Room 3").contains("10:00 to 12:00 (London time)")
        .contains("If you cannot come, please cancel your place").contains("/bookings.xhtml");

    MimeMessage email = Outbox.arrives(reminder.getString("subject"), person.email()).message();
    String ics = null;
    String text = null;
    for (Part part : Outbox.leaves(email)) {
      if (part.isMimeType("text/calendar")) {
        assertThat(ics).as("one calendar entry").isNull();
        assertThat(part.getContentType()).contains("method=PUBLISH");
        try (InputStream in = part.getInputStream()) {
          ics = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      } else if (part.isMimeType("text/plain")) {
        text = (String) part.getContent();
      }
    }
    assertThat(text).contains("/bookings.xhtml");
    assertThat(ics).as("the reminder's calendar entry").isNotNull();
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    assertThat(Instant.from(events.get(0).getDateTimeStart().getDate())).isEqualTo(start);
    assertThat(events.get(0).getProperty("UID").map(Property::getValue)).contains("booking-" + id(booking) + "@catalogue.academy.local");

    // again: nothing more (the platform's timer is off, and no other test runs meanwhile)
    JsonObject second = run();
    assertThat(second.getInt("bookingsReminded")).isZero();
    assertThat(reminders(person, session)).hasSize(1);
    Thread.sleep(7_000); // longer than the sender's pause (5 s)
    assertThat(Outbox.to(person.email())).filteredOn(e -> e.subject().equals(reminder.getString("subject"))).hasSize(1);
  }

  @Test
  void aConfirmationCarriesTheCalendarEntryToo() throws Exception {
    Person person = people.get(2);
    long session = sessionInTwoDays();
    Sessions.booked(person.token(), session);
    JsonObject confirmed = Sessions.messagesOf(person.token()).stream()
        .filter(m -> m.getString("kind").equals("BOOKING_CONFIRMED") && m.getJsonNumber("sessionId").longValue() == session)
        .findFirst().orElseThrow();
    MimeMessage email = Outbox.arrives(confirmed.getString("subject"), person.email()).message();
    assertThat(Outbox.leaves(email)).anyMatch(p -> {
      try {
        return p.isMimeType("text/calendar");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @Test
  void aCancelledPlaceIsNotReminded() {
    Person person = people.get(1);
    long session = sessionInTwoDays();
    JsonObject booking = Sessions.booked(person.token(), session);
    assertThat(Sessions.cancelBooking(person.token(), id(booking), null).status()).isEqualTo(200);
    run();
    assertThat(reminders(person, session)).isEmpty();
  }

  @Test
  void onlyAcademyAdminsRunTheReminders() {
    assertProblem(Api.post(RUNS, null, "{}"), 401, null);
    assertProblem(Api.post(RUNS, Api.tokenFor("staff"), "{}"), 403, null);
    assertProblem(Api.post(RUNS, Api.tokenFor("provider"), "{}"), 403, null);
    assertProblem(Api.post(RUNS, Api.tokenFor("hr"), "{}"), 403, null);
  }
}
