package city.academy.catalogue.apprenticeship.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprenticeTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZoneOffset.UTC);
  static final Programme DATA = new Programme("ST0118", "Data Analyst", 4, 15, 372, NOW);
  static final Cohort COHORT = new Cohort(DATA, "Data Analyst L4", "NCH", LocalDate.of(2026, 1, 5), null, List.of("NGH", "BWC"), NOW);

  static Apprentice enrolled() {
    return new Apprentice(COHORT, "OWA-AAAA1111", "Amira Okafor", "NGH", "OWA-BBBB2222", LocalDate.of(2026, 1, 5), null, null, "admin", NOW);
  }

  @Test
  void enrolmentDefaultsToTheProgrammesMonthsAndMinimumHours() {
    Apprentice a = enrolled();
    assertThat(a.plannedEndDate()).isEqualTo(LocalDate.of(2027, 4, 5));
    assertThat(a.plannedOtjHours()).isEqualTo(372);
    assertThat(a.status()).isEqualTo(ApprenticeStatus.ACTIVE);
    assertThat(a.history()).singleElement().satisfies(s -> assertThat(s.effectiveOn()).isEqualTo(LocalDate.of(2026, 1, 5)));
  }

  @Test
  void enrolmentRefusesWhatTheRulesDoNotAllow() {
    assertThatThrownBy(() -> new Apprentice(COHORT, "P", "N", "ETS", null, LocalDate.of(2026, 2, 1), null, null, "a", NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not one of this cohort's employers");
    assertThatThrownBy(() -> new Apprentice(COHORT, "P", "N", "NGH", null, LocalDate.of(2025, 12, 1), null, null, "a", NOW))
        .hasMessageContaining("cannot start before");
    assertThatThrownBy(() -> new Apprentice(COHORT, "P", "N", "NGH", null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 9, 1), null, "a", NOW))
        .hasMessageContaining("at least 8 months");
    assertThatThrownBy(() -> new Apprentice(COHORT, "P", "N", "NGH", null, LocalDate.of(2026, 2, 1), null, 200, "a", NOW))
        .hasMessageContaining("at least 372");
  }

  @Test
  void theWholeJourneyIsKeptInOrder() {
    Apprentice a = enrolled();
    a.moveTo(ApprenticeStatus.BREAK_IN_LEARNING, LocalDate.of(2026, 3, 1), null, LocalDate.of(2026, 5, 1), null, "illness", "admin", TODAY, NOW);
    a.moveTo(ApprenticeStatus.ACTIVE, LocalDate.of(2026, 4, 1), null, null, null, null, "admin", TODAY, NOW);
    a.moveTo(ApprenticeStatus.GATEWAY, LocalDate.of(2026, 9, 1), null, null, null, null, "admin", TODAY, NOW);
    a.moveTo(ApprenticeStatus.END_POINT_ASSESSMENT, LocalDate.of(2026, 10, 1), null, null, null, null, "admin", TODAY, NOW);
    a.moveTo(ApprenticeStatus.COMPLETED, LocalDate.of(2026, 11, 1), null, null, null, null, "admin", TODAY, NOW);
    a.moveTo(ApprenticeStatus.ACHIEVED, LocalDate.of(2026, 11, 20), null, null, Grade.MERIT, null, "admin", TODAY, NOW);
    assertThat(a.history()).extracting(StatusChange::status).containsExactly(ApprenticeStatus.ACTIVE, ApprenticeStatus.BREAK_IN_LEARNING,
        ApprenticeStatus.ACTIVE, ApprenticeStatus.GATEWAY, ApprenticeStatus.END_POINT_ASSESSMENT, ApprenticeStatus.COMPLETED,
        ApprenticeStatus.ACHIEVED);
    assertThat(a.history()).extracting(StatusChange::position).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(a.grade()).isEqualTo(Grade.MERIT);
    assertThat(a.line().breakDays()).isEqualTo(31);
  }

  @Test
  void movesThatMakeNoSenseAreRefusedAndChangeNothing() {
    Apprentice a = enrolled();
    assertThatThrownBy(() -> a.moveTo(ApprenticeStatus.ACHIEVED, TODAY, null, null, Grade.PASS, null, "x", TODAY, NOW))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("only after gateway");
    assertThatThrownBy(() -> a.moveTo(ApprenticeStatus.ACTIVE, TODAY, null, null, null, null, "x", TODAY, NOW))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no break in learning to return from");
    assertThatThrownBy(() -> a.moveTo(ApprenticeStatus.GATEWAY, LocalDate.of(2025, 12, 1), null, null, null, null, "x", TODAY, NOW))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("has been active since 5 Jan 2026");
    assertThatThrownBy(() -> a.moveTo(ApprenticeStatus.GATEWAY, TODAY.plusDays(1), null, null, null, null, "x", TODAY, NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in the future");
    assertThatThrownBy(() -> a.moveTo(ApprenticeStatus.WITHDRAWN, TODAY, null, null, null, null, "x", TODAY, NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    assertThatThrownBy(() -> a.moveTo(ApprenticeStatus.GATEWAY, TODAY, WithdrawalReason.HEALTH, null, null, null, "x", TODAY, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.moveTo(ApprenticeStatus.BREAK_IN_LEARNING, TODAY, null, TODAY, null, null, "x", TODAY, NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("planned return");
    assertThat(a.history()).hasSize(1);
    assertThat(a.status()).isEqualTo(ApprenticeStatus.ACTIVE);

    a.moveTo(ApprenticeStatus.WITHDRAWN, TODAY, WithdrawalReason.HEALTH, null, null, null, "x", TODAY, NOW);
    assertThatThrownBy(() -> a.moveTo(ApprenticeStatus.ACTIVE, TODAY, null, null, null, null, "x", TODAY, NOW))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("end of their journey");
  }

  @Test
  void hoursAreLoggedPendingThenConfirmedOrRejected() {
    Apprentice a = enrolled();
    OtjEntry first = a.logHours(LocalDate.of(2026, 11, 2), new BigDecimal("7.5"), OtjActivity.TAUGHT_SESSION, null, "Amira", TODAY, NOW);
    OtjEntry second = a.logHours(LocalDate.of(2026, 11, 3), new BigDecimal("2"), OtjActivity.SELF_STUDY, null, "Amira", TODAY, NOW);
    assertThat(a.pendingOtj()).isEqualByComparingTo("9.5");
    a.decide(first, true, null, "manager", NOW);
    assertThatThrownBy(() -> a.decide(second, false, " ", "manager", NOW)).isInstanceOf(IllegalArgumentException.class);
    a.decide(second, false, "That was a team meeting", "manager", NOW);
    assertThat(a.confirmedOtj()).isEqualByComparingTo("7.5");
    assertThat(a.pendingOtj()).isEqualByComparingTo("0");
    assertThatThrownBy(() -> a.decide(first, true, null, "manager", NOW)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void absurdHoursAndDatesAreRefused() {
    Apprentice a = enrolled();
    a.logHours(TODAY, new BigDecimal("20"), OtjActivity.PROJECT, null, "A", TODAY, NOW);
    assertThatThrownBy(() -> a.logHours(TODAY, new BigDecimal("4.5"), OtjActivity.PROJECT, null, "A", TODAY, NOW))
        .hasMessageContaining("more than 24 hours");
    assertThatThrownBy(() -> a.logHours(TODAY.minusDays(1), new BigDecimal("25"), OtjActivity.PROJECT, null, "A", TODAY, NOW))
        .hasMessageContaining("24 hours");
    assertThatThrownBy(() -> a.logHours(TODAY.minusDays(1), new BigDecimal("-1"), OtjActivity.PROJECT, null, "A", TODAY, NOW))
        .hasMessageContaining("more than 0");
    assertThatThrownBy(() -> a.logHours(TODAY.minusDays(1), new BigDecimal("1.255"), OtjActivity.PROJECT, null, "A", TODAY, NOW))
        .hasMessageContaining("two decimal");
    assertThatThrownBy(() -> a.logHours(TODAY.plusDays(1), BigDecimal.ONE, OtjActivity.PROJECT, null, "A", TODAY, NOW))
        .hasMessageContaining("future");
    assertThatThrownBy(() -> a.logHours(LocalDate.of(2026, 1, 4), BigDecimal.ONE, OtjActivity.PROJECT, null, "A", TODAY, NOW))
        .hasMessageContaining("started on 5 Jan 2026");
    a.moveTo(ApprenticeStatus.WITHDRAWN, LocalDate.of(2026, 11, 10), WithdrawalReason.WORKLOAD, null, null, null, "x", TODAY, NOW);
    assertThatThrownBy(() -> a.logHours(LocalDate.of(2026, 11, 12), BigDecimal.ONE, OtjActivity.PROJECT, null, "A", TODAY, NOW))
        .hasMessageContaining("Training ended on 10 Nov 2026");
    assertThat(a.entries()).hasSize(1);
  }

  @Test
  void aReviewIsOverdueTwelveWeeksAfterTheLastWhileInLearning() {
    Apprentice a = enrolled();
    assertThat(a.line().reviewDueBy()).isEqualTo(LocalDate.of(2026, 3, 30));
    assertThat(a.line().reviewOverdue(TODAY)).isTrue();
    a.review(LocalDate.of(2026, 10, 1), "apprentice, line manager, tutor", null, "manager", TODAY, NOW);
    assertThat(a.line().reviewDueBy()).isEqualTo(LocalDate.of(2026, 12, 24));
    assertThat(a.line().reviewOverdue(TODAY)).isFalse();
    assertThat(a.line().reviewOverdue(LocalDate.of(2026, 12, 25))).isTrue();
    a.moveTo(ApprenticeStatus.BREAK_IN_LEARNING, TODAY, null, TODAY.plusMonths(2), null, null, "x", TODAY, NOW);
    assertThat(a.line().reviewOverdue(LocalDate.of(2027, 1, 5))).as("no reviews due on a break").isFalse();
  }
}
