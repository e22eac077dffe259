package city.academy.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.academy.city.CitySummary.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One streaming pass over the full city (57,000 people, about a million records). */
class CityScaleTest {

  private static CityGenerator city;
  private static CitySummary summary;

  @BeforeAll
  static void generate() {
    city =
        new CityGenerator(
            TestFramework.load(), CityScale.CITY, CityGenerator.DEFAULT_SEED, TestFramework.AS_OF);
    summary = CitySummary.of(TestFramework.load(), city);
    System.out.println("City: " + summary);
  }

  @Test
  void fiftySevenThousandPeopleInAboutSixtyOrganisations() {
    assertThat(summary.people).isCloseTo(57_000L, within(285L)).isEqualTo(city.peopleCount());
    assertThat(city.organisations()).hasSizeBetween(55, 65);
    assertThat(city.organisations().get(0).code()).isEqualTo("NGH");
    assertThat(city.organisations().get(1).code()).isEqualTo("BWC");
    assertThat(city.organisations()).allSatisfy(o -> assertThat(o.code()).matches("[A-Z0-9]{3,6}"));
    assertThat(city.organisations().stream().map(GeneratedOrganisation::code).distinct())
        .hasSameSizeAs(city.organisations());
    assertThat(city.organisations().stream().map(GeneratedOrganisation::name).distinct())
        .hasSameSizeAs(city.organisations());
  }

  @Test
  void realisticSizeSpread() {
    var sizes = summary.peopleByMainOrg.values().stream().sorted((a, b) -> Long.compare(b, a)).toList();
    assertThat(sizes.get(0)).isBetween(18_000L, 22_000L);
    assertThat(sizes.stream().filter(s -> s >= 2_000 && s <= 6_000)).hasSizeBetween(5, 6);
    assertThat(sizes.stream().filter(s -> s <= 200)).hasSizeGreaterThanOrEqualTo(35);
    assertThat(summary.peopleByMainOrg.get("NGH")).isEqualTo(sizes.get(0));
  }

  @Test
  void aboutAMillionRecords() {
    assertThat(summary.records).isBetween(900_000L, 1_100_000L);
  }

  @Test
  void employeeNumbersUniquePerOrganisation() {
    assertThat(summary.badEmployeeNumbers).isZero();
    assertThat(summary.duplicateEmployeeNumbers).as(summary.problems.toString()).isZero();
  }

  @Test
  void lineManagersEmittedEarlierInTheSameOrganisation() {
    assertThat(summary.lineManagerNotEarlierInSameOrg).as(summary.problems.toString()).isZero();
    assertThat(summary.withLineManager / (double) (summary.withLineManager + summary.withoutLineManager))
        .isGreaterThan(0.9);
  }

  @Test
  void uniqueIdentities() {
    assertThat(summary.duplicatePersonIds).isZero();
    assertThat(summary.badPersonIds).isZero();
    assertThat(summary.badEmails).isZero();
  }

  @Test
  void someHoldTwoPostsAndSomeMovedEmployer() {
    assertThat(summary.peopleWithTwoCurrentPosts / (double) summary.people).isBetween(0.02, 0.04);
    assertThat(summary.endedPosts / (double) summary.people).isBetween(0.02, 0.07);
    assertThat(summary.endedNotBeforeCurrentStart).isZero();
    assertThat(summary.startInFuture).isZero();
    assertThat(summary.startOlderThan25Years).isZero();
  }

  @Test
  void noCompletionAfterAsOfAndExpiryFromTheFramework() {
    assertThat(summary.completedAfterAsOf).isZero();
    assertThat(summary.expiryMismatch).isZero();
    assertThat(summary.recordsNotRequired).isZero();
    assertThat(summary.unknownOrganisation).isZero();
  }

  @Test
  void statusesRoughlyAsSpecified() {
    assertThat(summary.statusShare(Status.VALID)).isBetween(0.78, 0.87);
    assertThat(summary.statusShare(Status.EXPIRING)).isBetween(0.05, 0.08);
    assertThat(summary.statusShare(Status.EXPIRED)).isBetween(0.05, 0.10);
    assertThat(summary.statusShare(Status.MISSING)).isBetween(0.03, 0.05);
  }

  @Test
  void mostHistoryIsImported() {
    assertThat(summary.sources.keySet()).containsExactlyInAnyOrder("IMPORT", "CATALOGUE", "MANUAL");
    assertThat(summary.sources.get("IMPORT")).isGreaterThan(summary.sources.get("CATALOGUE"));
    assertThat(summary.sources.get("CATALOGUE")).isGreaterThan(summary.sources.get("MANUAL"));
  }

  @Test
  void trustStaffGroupMixIsPlausible() {
    var trust = summary.groupsByOrgType.get("NHS_TRUST");
    long all = trust.values().stream().mapToLong(Long::longValue).sum();
    assertThat(trust.get("NURSING_MIDWIFERY") / (double) all).isBetween(0.22, 0.32);
    assertThat(trust.get("ADMIN_CLERICAL") / (double) all).isBetween(0.17, 0.25);
    assertThat(trust.get("MEDICAL_DENTAL") / (double) all).isBetween(0.08, 0.13);
    var care = summary.groupsByOrgType.get("CARE_PROVIDER");
    long careAll = care.values().stream().mapToLong(Long::longValue).sum();
    assertThat((care.get("CARE_WORKER") + care.get("SENIOR_CARE_WORKER")) / (double) careAll)
        .isGreaterThan(0.65);
  }
}
