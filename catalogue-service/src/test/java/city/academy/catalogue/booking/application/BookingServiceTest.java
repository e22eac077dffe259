package city.academy.catalogue.booking.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.academy.catalogue.api.SessionRequest;
import city.academy.catalogue.booking.domain.Session;
import city.academy.catalogue.booking.domain.SessionPlan;
import city.academy.catalogue.course.domain.Course;
import city.academy.catalogue.course.domain.DeliveryMode;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.problem.ProblemType;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BookingServiceTest {
  static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);
  final Course course = new Course("NGH", "Fire Safety Awareness", "", "Statutory", BigDecimal.ONE, DeliveryMode.CLASSROOM, null, null, null);
  final Session session = Session.schedule(course,
      SessionPlan.of(NOW.plusDays(3), NOW.plusDays(3).plusHours(1), "Room", null, null, 5, 0, null, null, null, false), NOW);

  static Caller employedAt(String... organisations) {
    return new Caller("OWA-1", "ann", Set.of(Role.STAFF), Set.of(organisations), Set.of(), Set.of(), "Ann");
  }

  @Test
  void aPersonBooksAsTheirOwnEmployer() {
    assertThat(BookingService.bookingOrganisation(session, null, employedAt("BWC"))).isEqualTo("BWC");
    assertThat(BookingService.bookingOrganisation(session, null, employedAt("BWC", "NGH"))).as("the running organisation first").isEqualTo("NGH");
    assertThat(BookingService.bookingOrganisation(session, "BWC", employedAt("BWC", "NGH"))).isEqualTo("BWC");
    assertThatThrownBy(() -> BookingService.bookingOrganisation(session, "NGH", employedAt("BWC")))
        .isInstanceOf(ProblemException.class).hasMessageContaining("your own employer");
    assertThatThrownBy(() -> BookingService.bookingOrganisation(session, null, employedAt("BWC", "GP1")))
        .isInstanceOf(ProblemException.class).hasMessageContaining("say which you book as (BWC, GP1)");
    assertThatThrownBy(() -> BookingService.bookingOrganisation(session, null, employedAt()))
        .isInstanceOf(ProblemException.class).hasMessageContaining("once you work for");
  }

  @Test
  void badTimesAreAnsweredAsBadRequestsNamingTheField() {
    SessionRequest request = new SessionRequest("tomorrow", "2026-11-22T10:00", "Room", null, null, 5, 0, null, null, null, null);
    assertThatThrownBy(() -> BookingService.plan(request))
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.BAD_REQUEST))
        .hasMessageStartingWith("startsAt");
  }

  @Test
  void lockTimeoutsAreTriedAgainAndDuplicatesAreConflicts() {
    AtomicInteger calls = new AtomicInteger();
    String result = Contention.retry(() -> {
      if (calls.incrementAndGet() < 3) {
        throw new RuntimeException(new SQLException("Timeout trying to lock table", "HYT00"));
      }
      return "booked";
    });
    assertThat(result).isEqualTo("booked");
    assertThat(calls).hasValue(3);

    assertThatThrownBy(() -> Contention.retry(() -> {
      throw new RuntimeException(new SQLException("duplicate key", "23505"));
    })).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));

    assertThatThrownBy(() -> Contention.retry(() -> {
      throw new RuntimeException(new SQLException("check", "23514"));
    })).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));

    AtomicInteger forever = new AtomicInteger();
    assertThatThrownBy(() -> Contention.retry(() -> {
      forever.incrementAndGet();
      throw new RuntimeException(new SQLException("lock", "55P03"));
    })).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.UNAVAILABLE));
    assertThat(forever).hasValue(Contention.ATTEMPTS);

    assertThatThrownBy(() -> Contention.retry(() -> {
      throw new IllegalStateException("a bug");
    })).isInstanceOf(IllegalStateException.class);
  }
}
