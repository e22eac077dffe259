package city.academy.catalogue.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.catalogue.course.domain.Course;
import city.academy.catalogue.course.domain.DeliveryMode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which bookings are reminded when: London days, across the clock changes, once per day planned. */
class SessionReminderTest {
  final Course course = new Course("NGH", "Fire Safety Awareness", "", "Statutory and mandatory", BigDecimal.ONE,
      DeliveryMode.CLASSROOM, "All staff", "FIRE_SAFETY", "1");

  static OffsetDateTime utc(int year, int month, int day, int hour, int minute) {
    return OffsetDateTime.of(year, month, day, hour, minute, 0, 0, ZoneOffset.UTC);
  }

  @Test
  void aSessionIsRemindedOnTheLondonDayTwoDaysBeforeWhateverTheHour() {
    // Tuesday 1 December 2026 (GMT): Thursday's sessions are due, all day long, Friday's not yet
    OffsetDateTime tuesdayMorning = utc(2026, 12, 1, 0, 5);
    OffsetDateTime tuesdayNight = utc(2026, 12, 1, 23, 55);
    assertThat(SessionReminder.reminderDay(tuesdayMorning)).isEqualTo(LocalDate.of(2026, 12, 3));
    assertThat(SessionReminder.windowEnd(tuesdayMorning)).isEqualTo(utc(2026, 12, 4, 0, 0));
    for (OffsetDateTime now : List.of(tuesdayMorning, tuesdayNight)) {
      assertThat(SessionReminder.due(utc(2026, 12, 3, 0, 0), null, now)).as("Thursday, first minute").isTrue();
      assertThat(SessionReminder.due(utc(2026, 12, 3, 23, 59), null, now)).as("Thursday, last minute").isTrue();
      assertThat(SessionReminder.due(utc(2026, 12, 4, 0, 0), null, now)).as("Friday").isFalse();
    }
  }

  @Test
  void aLateRunCatchesUpOnSessionsThatHaveNotStarted() {
    OffsetDateTime now = utc(2026, 12, 1, 10, 0);
    assertThat(SessionReminder.due(utc(2026, 12, 2, 9, 0), null, now)).as("tomorrow, never reminded").isTrue();
    assertThat(SessionReminder.due(utc(2026, 12, 1, 10, 30), null, now)).as("later today").isTrue();
    assertThat(SessionReminder.due(now, null, now)).as("starting now").isFalse();
    assertThat(SessionReminder.due(utc(2026, 12, 1, 9, 0), null, now)).as("started").isFalse();
  }

  @Test
  void inSummerTheLondonDayStartsAnHourBeforeTheUtcDay() {
    // 23:30 UTC on Wednesday 1 July 2026 is 00:30 on Thursday 2 July in London: Saturday's sessions are due
    OffsetDateTime now = utc(2026, 7, 1, 23, 30);
    assertThat(SessionReminder.reminderDay(now)).isEqualTo(LocalDate.of(2026, 7, 4));
    assertThat(SessionReminder.windowEnd(now)).isEqualTo(utc(2026, 7, 4, 23, 0));
    assertThat(SessionReminder.due(utc(2026, 7, 4, 22, 59), null, now)).as("Saturday 23:59 BST").isTrue();
    assertThat(SessionReminder.due(utc(2026, 7, 4, 23, 0), null, now)).as("Sunday 00:00 BST").isFalse();
    // an hour earlier it is still Wednesday in London: only Friday's
    assertThat(SessionReminder.due(utc(2026, 7, 3, 23, 0), null, utc(2026, 7, 1, 22, 30))).as("Saturday from Wednesday").isFalse();
    assertThat(SessionReminder.due(utc(2026, 7, 3, 22, 59), null, utc(2026, 7, 1, 22, 30))).as("Friday from Wednesday").isTrue();
  }

  @Test
  void whenTheClocksGoBackTheReminderDayIsTwentyFiveHoursLong() {
    // the clocks go back at 02:00 BST on Sunday 25 October 2026; a run on Friday 23 October reminds Sunday's sessions
    OffsetDateTime friday = utc(2026, 10, 22, 23, 30); // 00:30 BST on Friday
    assertThat(SessionReminder.reminderDay(friday)).isEqualTo(LocalDate.of(2026, 10, 25));
    assertThat(SessionReminder.windowEnd(friday)).as("Monday 00:00 GMT").isEqualTo(utc(2026, 10, 26, 0, 0));
    assertThat(SessionReminder.due(utc(2026, 10, 25, 23, 59), null, friday)).as("Sunday 23:59 GMT").isTrue();
    assertThat(SessionReminder.due(utc(2026, 10, 26, 0, 0), null, friday)).as("Monday 00:00 GMT").isFalse();
    // Saturday night, still BST: Monday's end is midnight GMT
    OffsetDateTime saturday = utc(2026, 10, 24, 22, 30); // 23:30 BST on Saturday
    assertThat(SessionReminder.windowEnd(saturday)).as("Tuesday 00:00 GMT").isEqualTo(utc(2026, 10, 27, 0, 0));
    OffsetDateTime thursday = utc(2026, 10, 22, 12, 0); // 13:00 BST on Thursday
    assertThat(Duration.between(SessionReminder.windowEnd(thursday), SessionReminder.windowEnd(friday))).isEqualTo(Duration.ofHours(25));
  }

  @Test
  void whenTheClocksGoForwardTheReminderDayIsTwentyThreeHoursLong() {
    // the clocks go forward at 01:00 GMT on Sunday 29 March 2026; a run on Friday 27 March reminds Sunday's sessions
    OffsetDateTime friday = utc(2026, 3, 27, 12, 0);
    assertThat(SessionReminder.reminderDay(friday)).isEqualTo(LocalDate.of(2026, 3, 29));
    assertThat(SessionReminder.windowEnd(friday)).as("Monday 00:00 BST").isEqualTo(utc(2026, 3, 29, 23, 0));
    assertThat(SessionReminder.due(utc(2026, 3, 29, 22, 59), null, friday)).as("Sunday 23:59 BST").isTrue();
    assertThat(SessionReminder.due(utc(2026, 3, 29, 23, 0), null, friday)).as("Monday 00:00 BST").isFalse();
    OffsetDateTime thursday = utc(2026, 3, 26, 12, 0);
    assertThat(Duration.between(SessionReminder.windowEnd(thursday), SessionReminder.windowEnd(friday))).isEqualTo(Duration.ofHours(23));
  }

  @Test
  void onceForEachDayTheSessionIsPlannedFor() {
    OffsetDateTime now = utc(2026, 12, 1, 10, 0);
    OffsetDateTime thursday = utc(2026, 12, 3, 9, 30);
    assertThat(SessionReminder.due(thursday, thursday, now)).as("reminded of this start").isFalse();
    assertThat(SessionReminder.due(thursday.plusHours(4), thursday, now)).as("moved within its day").isFalse();
    assertThat(SessionReminder.due(thursday, utc(2026, 12, 4, 9, 30), now)).as("moved from Friday to Thursday").isTrue();
    assertThat(SessionReminder.due(thursday, utc(2026, 11, 26, 9, 30), now)).as("moved from last week to Thursday").isTrue();
    // moved within its London day across midnight UTC (summer): still the same day
    OffsetDateTime summer = utc(2026, 7, 1, 8, 0);
    assertThat(SessionReminder.due(utc(2026, 7, 2, 23, 30), utc(2026, 7, 3, 8, 0), summer))
        .as("Friday 00:30 BST, reminded of Friday 09:00 BST").isFalse();
  }

  @Test
  void onlyConfirmedPlacesOnScheduledSessionsAreReminded() {
    OffsetDateTime booked = utc(2026, 11, 20, 10, 0);
    OffsetDateTime start = utc(2026, 12, 3, 9, 30);
    OffsetDateTime now = utc(2026, 12, 1, 10, 0);
    Session session = Session.schedule(course, SessionPlan.of(start, start.plusHours(2), "Room 2", null, null, 1, 0, null, null, null, false), booked);
    Booking confirmed = session.request(new Learner("NGH-1", "Nurse 1", "NGH", null), false, booked);
    Booking waiting = session.request(new Learner("NGH-2", "Nurse 2", "NGH", null), false, booked);
    assertThat(confirmed.status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(waiting.status()).isEqualTo(BookingStatus.WAITLISTED);
    assertThat(confirmed.reminderDue(now)).isTrue();
    assertThat(confirmed.reminderDue(utc(2026, 11, 30, 23, 59))).as("on Monday, too early").isFalse();
    assertThat(waiting.reminderDue(now)).isFalse();

    session.cancelBooking(confirmed, Canceller.LEARNER, null, booked.plusDays(1));
    assertThat(confirmed.reminderDue(now)).as("cancelled").isFalse();

    Session other = Session.schedule(course, SessionPlan.of(start, start.plusHours(2), "Room 2", null, null, 5, 0, null, null, null, false), booked);
    Booking mine = other.request(new Learner("NGH-3", "Nurse 3", "NGH", null), false, booked);
    other.cancel("The trainer is unwell.", List.of(mine), booked.plusDays(2));
    assertThat(mine.reminderDue(now)).as("session cancelled").isFalse();
  }
}
