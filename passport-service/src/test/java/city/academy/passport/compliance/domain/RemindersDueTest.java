package city.academy.passport.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.passport.framework.domain.Post;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.framework.domain.TrainingFrameworkTest;
import city.academy.passport.framework.infrastructure.FrameworkSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which requirements are due a reminder on a day: the tightest threshold, reached within the catch-up week. */
class RemindersDueTest {
  private final TrainingFramework framework = new TrainingFramework(FrameworkSource.read(TrainingFrameworkTest.FILE));
  private final LocalDate today = LocalDate.of(2026, 12, 3);
  private final Post clerk = new Post("ADMIN_CLERICAL", false, false, "HEALTH");
  private long ids;

  /** Fire safety (two-yearly) done so that it stops counting on {@code expiresOn}. */
  private EvidenceRow fireSafetyExpiring(LocalDate expiresOn) {
    return new EvidenceRow(++ids, "FIRE_SAFETY", "1", expiresOn.minusMonths(24), expiresOn, false, null);
  }

  private List<RemindersDue.Due> due(LocalDate day, EvidenceRow... records) {
    List<RemindersDue.Due> due = new ArrayList<>();
    RemindersDue reminders = new RemindersDue(framework, day, 7, 90, due::add);
    reminders.add(new StaffMember(1, "OWA-1", "Ada Okafor", List.of(clerk), List.of("NGH"), List.of(records), List.of("OWA-M")));
    return due;
  }

  @Test
  void eachThresholdIsReachedOnItsDay() {
    assertThat(due(today, fireSafetyExpiring(today.plusDays(90)))).singleElement()
        .satisfies(d -> assertThat(d.threshold()).isEqualTo(ReminderThreshold.DAYS_90));
    assertThat(due(today, fireSafetyExpiring(today.plusDays(30)))).singleElement()
        .satisfies(d -> assertThat(d.threshold()).isEqualTo(ReminderThreshold.DAYS_30));
    assertThat(due(today, fireSafetyExpiring(today.plusDays(7)))).singleElement()
        .satisfies(d -> assertThat(d.threshold()).isEqualTo(ReminderThreshold.DAYS_7));
    // Expired: the record's expiry date is the first day it no longer counts.
    assertThat(due(today, fireSafetyExpiring(today))).singleElement()
        .satisfies(d -> assertThat(d.threshold()).isEqualTo(ReminderThreshold.EXPIRED));
    assertThat(due(today, fireSafetyExpiring(today.plusDays(91)))).isEmpty();
  }

  @Test
  void onlyTheTightestThresholdIsGivenAndAMissedWeekIsCaughtUp() {
    // 5 days left: the 7-day threshold was reached two days ago; "30" and "90" are not given as well.
    assertThat(due(today, fireSafetyExpiring(today.plusDays(5)))).singleElement().satisfies(d -> {
      assertThat(d.threshold()).isEqualTo(ReminderThreshold.DAYS_7);
      assertThat(d.member().lineManagers()).containsExactly("OWA-M");
    });
    // 24 days left: "30" was reached 6 days ago, still within the week caught up.
    assertThat(due(today, fireSafetyExpiring(today.plusDays(24)))).singleElement()
        .satisfies(d -> assertThat(d.threshold()).isEqualTo(ReminderThreshold.DAYS_30));
    // 22 days left: "30" was reached 8 days ago: sent then, not again now.
    assertThat(due(today, fireSafetyExpiring(today.plusDays(22)))).isEmpty();
    // Expired 10 days ago: long past the week; the passport shows it, no reminder repeats it.
    assertThat(due(today, fireSafetyExpiring(today.minusDays(10)))).isEmpty();
  }

  @Test
  void aRenewedRecordDecidesSoTheOldOneIsNotReminded() {
    EvidenceRow old = fireSafetyExpiring(today.plusDays(30));
    EvidenceRow renewed = new EvidenceRow(++ids, "FIRE_SAFETY", "1", today.minusDays(1), today.minusDays(1).plusMonths(24), false, null);
    assertThat(due(today, old, renewed)).isEmpty();
  }

  @Test
  void missingRequirementsAndRecordsThatNeverExpireAreNotReminders() {
    assertThat(due(today)).isEmpty();
  }
}
