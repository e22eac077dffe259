package city.academy.catalogue.calendar.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.catalogue.booking.domain.Learner;
import city.academy.catalogue.booking.domain.Session;
import city.academy.catalogue.booking.domain.SessionPlan;
import city.academy.catalogue.calendar.domain.FeedEntries;
import city.academy.catalogue.calendar.domain.FeedEvent;
import city.academy.catalogue.course.domain.Course;
import city.academy.catalogue.course.domain.DeliveryMode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The feed as ical4j writes it, read back with ical4j as a calendar client would. */
class IcsWriterTest {
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 10, 1, 9, 0, 0, 0, ZoneOffset.UTC);
  // 26 October 2026 is after the clocks go back: 09:30 London is 09:30 UTC; 20 October: 08:30 UTC
  static final OffsetDateTime SUMMER = OffsetDateTime.of(2026, 10, 20, 8, 30, 0, 0, ZoneOffset.UTC);
  static final OffsetDateTime WINTER = OffsetDateTime.of(2026, 10, 26, 9, 30, 0, 0, ZoneOffset.UTC);

  final Course course = new Course("NGH", "Fire Safety Awareness", "", "Statutory and mandatory", BigDecimal.ONE,
      DeliveryMode.CLASSROOM, "All staff", "FIRE_SAFETY", "1");

  Session session(OffsetDateTime start) {
    return Session.schedule(course, SessionPlan.of(start, start.plusHours(2), "Education Centre, Room 2", null, "Sam Patel", 10, 6,
        start, null, null, false), NOW);
  }

  static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  static String value(VEvent event, String property) {
    return event.getProperty(property).map(Property::getValue).orElse(null);
  }

  @Test
  void confirmedPlacesInUtcAcrossTheClockChangeAndACancellation() throws Exception {
    Session summer = session(SUMMER);
    Session winter = session(WINTER);
    var kept = summer.request(new Learner("P1", "Ann", "NGH", null), false, NOW);
    var dropped = winter.request(new Learner("P1", "Ann", "NGH", null), false, NOW);
    winter.cancel("Trainer ill", List.of(dropped), NOW.plusDays(1));
    assertThat(FeedEntries.belongsInFeed(kept)).isTrue();
    assertThat(FeedEntries.belongsInFeed(dropped)).as("it had a place").isTrue();

    String ics = IcsWriter.write("Academy training", List.of(FeedEntries.of(kept), FeedEntries.of(dropped)));
    assertThat(ics).contains("BEGIN:VCALENDAR", "METHOD:PUBLISH", "DTSTART:20261020T083000Z", "DTSTART:20261026T093000Z");
    Calendar calendar = parse(ics);
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(2);
    VEvent first = events.get(0);
    assertThat(value(first, "SUMMARY")).isEqualTo("Fire Safety Awareness");
    assertThat(value(first, "STATUS")).isEqualTo("CONFIRMED");
    assertThat(value(first, "LOCATION")).isEqualTo("Education Centre, Room 2");
    assertThat(value(first, "SEQUENCE")).isEqualTo("0");
    assertThat(Instant.from(first.getDateTimeStart().getDate())).isEqualTo(Instant.parse("2026-10-20T08:30:00Z"));
    VEvent second = events.get(1);
    assertThat(value(second, "STATUS")).isEqualTo("CANCELLED");
    assertThat(Integer.parseInt(value(second, "SEQUENCE"))).as("cancelling the session changed its plan, then the event").isEqualTo(2);
    assertThat(value(second, "DESCRIPTION")).contains("The session was cancelled: Trainer ill");
    assertThat(value(first, "UID")).as("one per booking (no ids without a database here)").startsWith("booking-").endsWith("@" + FeedEntries.UID_DOMAIN);
  }

  @Test
  void aChangedSessionHasAHigherSequenceAndALaterLastModified() throws Exception {
    Session s = session(SUMMER);
    var booking = s.request(new Learner("P1", "Ann", "NGH", null), false, NOW);
    FeedEvent before = FeedEntries.of(booking);
    s.change(SessionPlan.of(SUMMER.plusHours(1), SUMMER.plusHours(3), "Room 5", null, "Sam Patel", 10, 6, SUMMER, null, null, false),
        NOW.plusDays(2));
    FeedEvent after = FeedEntries.of(booking);
    assertThat(after.sequence()).isGreaterThan(before.sequence());
    assertThat(after.lastModified()).isAfter(before.lastModified());
    VEvent event = parse(IcsWriter.write("x", List.of(after))).<VEvent>getComponents("VEVENT").get(0);
    assertThat(value(event, "LOCATION")).isEqualTo("Room 5");
    assertThat(value(event, "LAST-MODIFIED")).isEqualTo("20261003T090000Z");
  }

  @Test
  void aRequestThatNeverHadAPlaceIsNotInTheFeed() {
    Session s = Session.schedule(course, SessionPlan.of(SUMMER, SUMMER.plusHours(2), "Room 2", null, null, 1, 1, SUMMER, null, null, false), NOW);
    s.request(new Learner("P1", "Ann", "NGH", null), false, NOW);
    var waiting = s.request(new Learner("P2", "Bob", "NGH", null), false, NOW);
    assertThat(FeedEntries.belongsInFeed(waiting)).isFalse();
  }
}
