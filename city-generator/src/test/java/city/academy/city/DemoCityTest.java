package city.academy.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoCityTest {

  private static CityGenerator city;
  private static CitySummary summary;

  @BeforeAll
  static void generate() {
    city =
        new CityGenerator(
            TestFramework.load(), CityScale.DEMO, CityGenerator.DEFAULT_SEED, TestFramework.AS_OF);
    summary = CitySummary.of(TestFramework.load(), city);
  }

  @Test
  void startsWithTheNamedTrustAndCareProvider() {
    List<GeneratedOrganisation> orgs = city.organisations();
    assertThat(orgs.get(0))
        .isEqualTo(
            new GeneratedOrganisation(
                "NGH", "Northgate Hospitals NHS Foundation Trust", "NHS_TRUST", "HEALTH"));
    assertThat(orgs.get(1))
        .isEqualTo(
            new GeneratedOrganisation("BWC", "Beechwood Care Homes", "CARE_PROVIDER", "SOCIAL_CARE"));
    assertThat(orgs.stream().map(GeneratedOrganisation::type).toList().subList(2, 7))
        .containsExactly("NHS_TRUST", "LOCAL_AUTHORITY", "PRIMARY_CARE", "HOSPICE", "VOLUNTARY");
    assertThat(orgs).hasSize(10);
    assertThat(orgs.stream().map(GeneratedOrganisation::code))
        .containsExactly("NGH", "BWC", "RCT", "NCC", "ETS", "LKH", "NCN", "NVM", "NHC", "NCH");
  }

  @Test
  void organisationCodesAreShortUpperCaseAndUnique() {
    Set<String> codes = new HashSet<>();
    for (GeneratedOrganisation o : city.organisations()) {
      assertThat(o.code()).matches("[A-Z0-9]{3,6}");
      assertThat(codes.add(o.code())).as(o.code()).isTrue();
    }
  }

  @Test
  void aFewHundredPeopleMostAtTheTrust() {
    assertThat(summary.people).isBetween(350L, 450L).isEqualTo(city.peopleCount());
    Map<String, Long> byOrg = summary.peopleByMainOrg;
    assertThat(byOrg.get("NGH")).isBetween(180L, 220L);
    assertThat(byOrg.get("BWC")).isBetween(30L, 50L);
    assertThat(byOrg).containsEntry("NVM", 12L).containsEntry("NHC", 10L).containsEntry("NCH", 8L);
    assertThat(byOrg.get("NGH")).isEqualTo(byOrg.values().stream().mapToLong(Long::longValue).max().orElseThrow());
  }

  @Test
  void peopleHaveWellFormedUniqueIdentitiesAndExampleEmails() {
    assertThat(summary.badPersonIds).isZero();
    assertThat(summary.duplicatePersonIds).isZero();
    assertThat(summary.badEmails).isZero();
    GeneratedPerson first = city.people().findFirst().orElseThrow();
    assertThat(first.personId()).startsWith("OWA-").hasSize(12);
    assertThat(first.personId().substring(4)).doesNotContainPattern("[ILOU]");
    assertThat(first.email()).endsWith("@example.org");
  }

  @Test
  void employeeNumbersAreUniqueWithinEachOrganisation() {
    assertThat(summary.badEmployeeNumbers).isZero();
    assertThat(summary.duplicateEmployeeNumbers).as(summary.problems.toString()).isZero();
  }

  @Test
  void lineManagersComeEarlierInTheStreamAndWorkForTheSameOrganisation() {
    assertThat(summary.lineManagerNotEarlierInSameOrg).as(summary.problems.toString()).isZero();
    assertThat(summary.withLineManager)
        .isGreaterThan(9 * (summary.withLineManager + summary.withoutLineManager) / 10);
    // the head of each organisation reports to nobody
    Map<String, GeneratedEmployment> firstOfOrg = new HashMap<>();
    city.people().forEach(p -> firstOfOrg.putIfAbsent(p.employments().get(0).organisationCode(), p.employments().get(0)));
    assertThat(firstOfOrg.values()).allSatisfy(e -> assertThat(e.lineManagerPersonId()).isNull());
  }

  @Test
  void careHomesEmployCareStaffAndTrustsNhsStaffGroups() {
    assertThat(summary.groupsByOrgType.get("CARE_PROVIDER").keySet())
        .isSubsetOf("CARE_WORKER", "SENIOR_CARE_WORKER", "CARE_MANAGER", "SUPPORT_ANCILLARY")
        .contains("CARE_WORKER");
    assertThat(summary.groupsByOrgType.get("NHS_TRUST").keySet())
        .contains("NURSING_MIDWIFERY", "ADMIN_CLERICAL", "MEDICAL_DENTAL")
        .doesNotContain("CARE_WORKER");
  }

  @Test
  void jobRolesMatchTheStaffGroupAndClinicalPostsArePatientFacing() {
    city.people()
        .flatMap(p -> p.employments().stream())
        .forEach(
            e -> {
              if (e.clinical()) {
                assertThat(e.patientFacing()).as(e.jobRole()).isTrue();
              }
              if (e.jobRole().equals("Staff Nurse")) {
                assertThat(e.staffGroup()).isEqualTo("NURSING_MIDWIFERY");
              }
              if (e.jobRole().equals("Care Worker")) {
                assertThat(e.staffGroup()).isEqualTo("CARE_WORKER");
              }
              if (e.jobRole().equals("Receptionist")) {
                assertThat(e.patientFacing()).isTrue();
                assertThat(e.clinical()).isFalse();
              }
            });
  }

  @Test
  void datesAreInThePastAndEndedPostsEndBeforeTheCurrentOnes() {
    assertThat(summary.startInFuture).isZero();
    assertThat(summary.startOlderThan25Years).isZero();
    assertThat(summary.endedNotBeforeCurrentStart).isZero();
    assertThat(summary.currentPosts).isGreaterThanOrEqualTo(summary.people);
  }

  @Test
  void recordsFollowTheRequirementRules() {
    assertThat(summary.recordsNotRequired).isZero();
    assertThat(summary.completedAfterAsOf).isZero();
    assertThat(summary.expiryMismatch).isZero();
    assertThat(summary.unknownSource).isZero();
    assertThat(summary.unknownOrganisation).isZero();
    assertThat(summary.records / (double) summary.people).isBetween(12.0, 25.0);
  }
}
