package city.academy.catalogue.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.catalogue.course.domain.Course;
import city.academy.catalogue.course.domain.DeliveryMode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A release date that passes with nobody touching the session, applied by the clock. */
class SessionReleaseTest {
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC);
  static final OffsetDateTime START = NOW.plusDays(14);
  static final OffsetDateTime RELEASE = START.minusDays(7);
  final Course course = new Course("NGH", "Fire Safety Awareness", "", "Statutory and mandatory", BigDecimal.ONE,
      DeliveryMode.CLASSROOM, "All staff", "FIRE_SAFETY", "1");

  @Test
  void aWaitingPartnerGetsAReservedPlaceOnceTheReleaseDatePassesAndNotBefore() {
    // two places, both reserved for the hospital: a care worker can only wait
    Session session = Session.schedule(course, SessionPlan.of(START, START.plusHours(2), "Room 2", null, "Sam", 2, 2, RELEASE,
        null, null, false), NOW);
    Booking carer = session.request(new Learner("BWC-1", "Carer 1", "BWC", "MGR-2"), false, NOW);
    assertThat(carer.status()).isEqualTo(BookingStatus.WAITLISTED);
    assertThat(session.releaseDue(RELEASE.minusSeconds(1))).isFalse();
    assertThat(session.releaseDue(RELEASE)).isTrue();

    assertThat(session.mayPromote(RELEASE)).isTrue();
    List<Booking> promoted = session.promote(List.of(carer), RELEASE);
    session.applyRelease(RELEASE);
    assertThat(promoted).containsExactly(carer);
    assertThat(carer.status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(session.placesReleased()).isTrue();
    assertThat(session.releaseDue(RELEASE.plusDays(1))).as("applied once").isFalse();
  }

  @Test
  void theReleaseIsAppliedEvenWhenNobodyIsWaiting() {
    Session session = Session.schedule(course, SessionPlan.of(START, START.plusHours(2), "Room 2", null, "Sam", 2, 2, RELEASE,
        null, null, false), NOW);
    session.applyRelease(RELEASE.minusSeconds(1));
    assertThat(session.placesReleased()).isFalse();
    session.applyRelease(RELEASE);
    assertThat(session.placesReleased()).isTrue();
  }
}
