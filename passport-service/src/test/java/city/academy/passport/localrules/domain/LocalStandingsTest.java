package city.academy.passport.localrules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.academy.passport.framework.domain.Requirement;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.framework.domain.TrainingFrameworkTest;
import city.academy.passport.framework.infrastructure.FrameworkSource;
import city.academy.passport.organisation.domain.Organisation;
import city.academy.passport.people.domain.Person;
import city.academy.passport.records.domain.TrainingRecord;
import city.academy.passport.staffpassport.domain.Passport;
import city.academy.passport.staffpassport.domain.Passport.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalStandingsTest {
  private final TrainingFramework framework = new TrainingFramework(FrameworkSource.read(TrainingFrameworkTest.FILE));
  private final Organisation hospital = new Organisation("NGH", "Northgate Hospitals", "NHS_TRUST", "HEALTH");
  private final Organisation careHome = new Organisation("BWC", "Beechwood Care Homes", "CARE_PROVIDER", "SOCIAL_CARE");
  private final Person person = new Person("OWA-AAAA1111", "Ada", "Okafor", null);
  private final LocalDate today = LocalDate.of(2026, 11, 22);
  private final List<TrainingRecord> history = new ArrayList<>();

  @Test
  void aStricterLocalPeriodGivesItsOwnStatusBesideThePartnerships() {
    LocalDate done = LocalDate.of(2025, 9, 1);
    history.add(TrainingRecord.forSubject(person, "FIRE_SAFETY", "1", done, framework.expiryOf("FIRE_SAFETY", "1", done).orElseThrow(),
        TrainingRecord.Source.IMPORT, hospital, "test", today));
    Passport<TrainingRecord> passport = Passport.assess(framework, List.of(new Requirement("FIRE_SAFETY", "1", List.of())), history, today, 90);
    assertThat(passport.standings().get(0).status()).isEqualTo(Status.COMPLIANT);
    LocalRefresher yearly = new LocalRefresher(hospital, "FIRE_SAFETY", "1", 12, 24, "hr");
    var local = LocalStandings.refreshers(List.of(yearly), passport, today, 90);
    assertThat(local).singleElement().satisfies(l -> {
      assertThat(l.status()).isEqualTo(Status.EXPIRED);
      assertThat(l.expiredOn()).contains(LocalDate.of(2026, 9, 1));
    });
  }

  @Test
  void aLocalPeriodMustBeStricter() {
    assertThatThrownBy(() -> new LocalRefresher(hospital, "FIRE_SAFETY", "1", 24, 24, "hr")).hasMessageContaining("stricter");
  }

  @Test
  void aLocalRequirementIsMetOnlyByTheOrganisationsOwnLocalRecord() {
    LocalRequirement induction = new LocalRequirement(hospital, "LOCAL-INDUCTION", "Local induction", null, null, "hr");
    history.add(TrainingRecord.forLocal(person, careHome, "LOCAL-INDUCTION", "Their induction", LocalDate.of(2026, 1, 5), null,
        TrainingRecord.Source.MANUAL, "hr", today));
    assertThat(LocalStandings.requirements(List.of(induction), history, today, 90).get(0).status()).isEqualTo(Status.MISSING);
    history.add(TrainingRecord.forLocal(person, hospital, "LOCAL-INDUCTION", "Local induction", LocalDate.of(2026, 2, 5), null,
        TrainingRecord.Source.MANUAL, "hr", today));
    assertThat(LocalStandings.requirements(List.of(induction), history, today, 90).get(0).status()).isEqualTo(Status.COMPLIANT);
  }

  @Test
  void localRecordsAreNotCpd() {
    history.add(TrainingRecord.forLocal(person, hospital, "LOCAL-INDUCTION", "Local induction", LocalDate.of(2026, 2, 5), null,
        TrainingRecord.Source.MANUAL, "hr", today));
    assertThat(Passport.assess(framework, List.of(), history, today, 90).cpd()).isEmpty();
  }

  @Test
  void aLocalRequirementCanBeForOneStaffGroupAndBeRetired() {
    LocalRequirement orientation = new LocalRequirement(hospital, "WARD-1", "Ward orientation", 24, "NURSING_MIDWIFERY", "hr");
    assertThat(orientation.appliesTo("NURSING_MIDWIFERY")).isTrue();
    assertThat(orientation.appliesTo("ADMIN_CLERICAL")).isFalse();
    orientation.retire();
    assertThat(orientation.appliesTo("NURSING_MIDWIFERY")).isFalse();
    assertThatThrownBy(() -> new LocalRequirement(hospital, "bad code", "X", null, null, "hr")).hasMessageContaining("code");
  }
}
