package city.academy.passport.staffpassport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.academy.passport.framework.domain.Requirement;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.framework.domain.TrainingFrameworkTest;
import city.academy.passport.framework.infrastructure.FrameworkSource;
import city.academy.passport.people.domain.Person;
import city.academy.passport.records.domain.TrainingRecord;
import city.academy.passport.staffpassport.domain.Passport.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassportTest {
  private final TrainingFramework framework = new TrainingFramework(FrameworkSource.read(TrainingFrameworkTest.FILE));
  private final Person person = new Person("OWA-AAAA1111", "Ada", "Okafor", null);
  private final LocalDate today = LocalDate.of(2026, 11, 22);
  private final List<TrainingRecord> history = new ArrayList<>();

  private TrainingRecord done(String subject, String level, LocalDate completed) {
    TrainingRecord r = TrainingRecord.forSubject(person, subject, level, completed,
        framework.expiryOf(subject, level, completed).orElse(null), TrainingRecord.Source.IMPORT, null, "test", today);
    history.add(r);
    return r;
  }

  private Passport.Standing<TrainingRecord> only(String subject, String level, LocalDate asOf) {
    Passport<TrainingRecord> p = Passport.assess(framework, List.of(new Requirement(subject, level, List.of("R"))), history, asOf, 90);
    return p.standings().get(0);
  }

  @Test
  void aValidRecordIsCompliantUntilTheDayBeforeItExpires() {
    done("INFORMATION_GOVERNANCE", "1", LocalDate.of(2026, 6, 1));
    var standing = only("INFORMATION_GOVERNANCE", "1", today);
    assertThat(standing.status()).isEqualTo(Status.COMPLIANT);
    assertThat(standing.validUntil()).contains(LocalDate.of(2027, 5, 31));
  }

  @Test
  void expiringWithinTheWindowExpiredFromTheExpiryDate() {
    done("INFORMATION_GOVERNANCE", "1", LocalDate.of(2026, 1, 10));
    assertThat(only("INFORMATION_GOVERNANCE", "1", today).status()).isEqualTo(Status.EXPIRING);
    assertThat(only("INFORMATION_GOVERNANCE", "1", LocalDate.of(2027, 1, 9)).status()).isEqualTo(Status.EXPIRING);
    var expired = only("INFORMATION_GOVERNANCE", "1", LocalDate.of(2027, 1, 10));
    assertThat(expired.status()).isEqualTo(Status.EXPIRED);
    assertThat(expired.expiredOn()).contains(LocalDate.of(2027, 1, 10));
    assertThat(expired.validUntil()).isEmpty();
  }

  @Test
  void theWindowEdgeIsInclusive() {
    done("INFORMATION_GOVERNANCE", "1", LocalDate.of(2026, 2, 20));
    // expires 2027-02-20: exactly 90 days after 2026-11-22
    assertThat(only("INFORMATION_GOVERNANCE", "1", today).status()).isEqualTo(Status.EXPIRING);
    assertThat(only("INFORMATION_GOVERNANCE", "1", today.minusDays(1)).status()).isEqualTo(Status.COMPLIANT);
  }

  @Test
  void noRecordIsMissing() {
    assertThat(only("FIRE_SAFETY", "1", today).status()).isEqualTo(Status.MISSING);
  }

  @Test
  void aHigherLevelMeetsALowerRequirementButNotTheOtherWayRound() {
    done("SAFEGUARDING_ADULTS", "3", LocalDate.of(2025, 5, 1));
    assertThat(only("SAFEGUARDING_ADULTS", "2", today).status()).isEqualTo(Status.COMPLIANT);
    history.clear();
    done("SAFEGUARDING_ADULTS", "1", LocalDate.of(2025, 5, 1));
    assertThat(only("SAFEGUARDING_ADULTS", "3", today).status()).isEqualTo(Status.MISSING);
  }

  @Test
  void theBestRecordIsTheOneThatLastsLongest() {
    done("FIRE_SAFETY", "1", LocalDate.of(2023, 1, 1));
    TrainingRecord latest = done("FIRE_SAFETY", "1", LocalDate.of(2026, 3, 1));
    done("FIRE_SAFETY", "1", LocalDate.of(2025, 1, 1));
    assertThat(only("FIRE_SAFETY", "1", today).best()).isSameAs(latest);
  }

  @Test
  void asOfAnEarlierDayIgnoresLaterTraining() {
    done("FIRE_SAFETY", "1", LocalDate.of(2026, 3, 1));
    assertThat(only("FIRE_SAFETY", "1", LocalDate.of(2026, 2, 28)).status()).isEqualTo(Status.MISSING);
  }

  @Test
  void overallComplianceCountsExpiringAsMet() {
    done("INFORMATION_GOVERNANCE", "1", LocalDate.of(2026, 1, 10));
    done("FIRE_SAFETY", "1", LocalDate.of(2026, 3, 1));
    var requirements = List.of(new Requirement("INFORMATION_GOVERNANCE", "1", List.of()), new Requirement("FIRE_SAFETY", "1", List.of()));
    assertThat(Passport.assess(framework, requirements, history, today, 90).isCompliant()).isTrue();
    var plusOne = List.of(requirements.get(0), requirements.get(1), new Requirement("HEALTH_SAFETY", "1", List.of()));
    assertThat(Passport.assess(framework, plusOne, history, today, 90).isCompliant()).isFalse();
  }

  @Test
  void aRecordThatNeverExpiresStaysCompliant() {
    done("CARE_CERTIFICATE", "CC", LocalDate.of(2015, 1, 1));
    var standing = only("CARE_CERTIFICATE", "CC", today);
    assertThat(standing.status()).isEqualTo(Status.COMPLIANT);
    assertThat(standing.validUntil()).isEmpty();
  }

  @Test
  void aNegativeWindowIsRefused() {
    assertThatThrownBy(() -> Passport.assess(framework, List.of(), history, today, -1)).hasMessageContaining("window");
  }
}
