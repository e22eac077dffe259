package city.academy.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApprenticeshipPlanTest {

  private static final LocalDate AS_OF = TestFramework.AS_OF;

  private static final Set<String> STATUSES = Set.of(
      "ACTIVE", "BREAK_IN_LEARNING", "WITHDRAWN", "GATEWAY", "END_POINT_ASSESSMENT", "COMPLETED", "ACHIEVED", "FAILED");
  private static final Map<String, Set<String>> NEXT = Map.of(
      "ACTIVE", Set.of("BREAK_IN_LEARNING", "WITHDRAWN", "GATEWAY"),
      "BREAK_IN_LEARNING", Set.of("ACTIVE", "WITHDRAWN"),
      "GATEWAY", Set.of("END_POINT_ASSESSMENT", "WITHDRAWN"),
      "END_POINT_ASSESSMENT", Set.of("COMPLETED", "WITHDRAWN"),
      "COMPLETED", Set.of("ACHIEVED", "FAILED"),
      "WITHDRAWN", Set.of(),
      "ACHIEVED", Set.of(),
      "FAILED", Set.of());
  private static final Set<String> ENDS = Set.of("WITHDRAWN", "ACHIEVED", "FAILED", "COMPLETED");
  private static final Set<String> REASONS = Set.of(
      "LEFT_EMPLOYER", "CHANGED_CAREER", "HEALTH", "PERSONAL", "WORKLOAD", "PROGRAMME_NOT_SUITABLE",
      "TRANSFERRED_PROVIDER", "DISMISSED", "OTHER");
  private static final Set<String> ACTIVITIES = Set.of(
      "TAUGHT_SESSION", "SELF_STUDY", "MENTORING", "SHADOWING", "PROJECT", "ONLINE_LEARNING", "ASSIGNMENT",
      "INDUSTRY_VISIT");
  private static final Set<String> GRADES = Set.of("PASS", "MERIT", "DISTINCTION");

  private static CityGenerator demoCity;
  private static List<GeneratedPerson> demoPeople;
  private static ApprenticeshipPlan demo;
  private static CityGenerator fullCity;
  private static ApprenticeshipPlan city;
  private static long cityMillis;

  @BeforeAll
  static void plan() {
    demoCity = new CityGenerator(TestFramework.load(), CityScale.DEMO, CityGenerator.DEFAULT_SEED, AS_OF);
    demoPeople = demoCity.people().toList();
    demo = ApprenticeshipPlan.of(demoCity);
    fullCity = new CityGenerator(TestFramework.load(), CityScale.CITY, CityGenerator.DEFAULT_SEED, AS_OF);
    long started = System.nanoTime();
    city = ApprenticeshipPlan.of(fullCity);
    cityMillis = (System.nanoTime() - started) / 1_000_000;
    System.out.println("Apprenticeships: demo " + demo + ", city " + city + " in " + cityMillis + " ms");
  }

  private static List<PlannedApprentice> apprentices(ApprenticeshipPlan plan) {
    return plan.cohorts().stream().flatMap(c -> c.apprentices().stream()).toList();
  }

  private static PlannedCohort dataAnalysts(ApprenticeshipPlan plan) {
    return plan.cohorts().stream().filter(c -> c.standardCode().equals("ST0118") && c.apprentices().size() == 24)
        .findFirst().orElseThrow();
  }

  private static String lastStatus(PlannedApprentice a) {
    return a.journey().get(a.journey().size() - 1).status();
  }

  @Test
  void theSameInputsGiveTheSamePlan() {
    ApprenticeshipPlan again = ApprenticeshipPlan.of(
        new CityGenerator(TestFramework.load(), CityScale.DEMO, CityGenerator.DEFAULT_SEED, AS_OF));
    assertThat(again.cohorts()).isEqualTo(demo.cohorts());
    assertThat(again.demoApprenticePersonId()).isEqualTo(demo.demoApprenticePersonId());
    assertThat(again).isEqualTo(demo);
    ApprenticeshipPlan otherSeed = ApprenticeshipPlan.of(
        new CityGenerator(TestFramework.load(), CityScale.DEMO, 1L, AS_OF));
    assertThat(otherSeed.cohorts()).isNotEqualTo(demo.cohorts());
  }

  @Test
  void theSixProgrammes() {
    assertThat(demo.programmes()).containsExactly(
        new PlannedProgramme("ST0118", "Data Analyst", 4, 15, 372),
        new PlannedProgramme("ST0217", "Senior Healthcare Support Worker", 3, 18, 400),
        new PlannedProgramme("ST0827", "Nursing Associate", 5, 24, 600),
        new PlannedProgramme("ST0005", "Adult Care Worker", 2, 12, 278),
        new PlannedProgramme("ST0006", "Lead Adult Care Worker", 3, 18, 400),
        new PlannedProgramme("ST0384", "Team Leader or Supervisor", 3, 12, 278));
    assertThat(city.programmes()).isEqualTo(demo.programmes());
  }

  @Test
  void theDemoDataAnalystCohortHas24ApprenticesFromAllTenOrganisations() {
    PlannedCohort cohort = dataAnalysts(demo);
    assertThat(cohort.apprentices()).hasSize(24);
    Set<String> employers = cohort.apprentices().stream().map(PlannedApprentice::employerCode).collect(Collectors.toSet());
    assertThat(employers).hasSize(10)
        .isEqualTo(demoCity.organisations().stream().map(GeneratedOrganisation::code).collect(Collectors.toSet()));
    assertThat(cohort.employerCodes()).containsExactlyInAnyOrderElementsOf(employers);
    assertThat(cohort.name()).startsWith("Data Analyst L4 \u2014 ").endsWith(String.valueOf(cohort.startDate().getYear()));
    assertThat(ChronoUnit.MONTHS.between(cohort.startDate(), AS_OF)).isBetween(9L, 10L);
    assertThat(cohort.academyContact()).isNotBlank();

    Map<String, Long> last = cohort.apprentices().stream()
        .collect(Collectors.groupingBy(ApprenticeshipPlanTest::lastStatus, Collectors.counting()));
    assertThat(last).containsOnlyKeys("ACTIVE", "BREAK_IN_LEARNING", "WITHDRAWN");
    assertThat(last.get("WITHDRAWN")).isEqualTo(2);
    assertThat(last.get("BREAK_IN_LEARNING")).isEqualTo(1);
    assertThat(cohort.apprentices().stream().filter(a -> lastStatus(a).equals("WITHDRAWN"))
        .map(a -> a.journey().get(a.journey().size() - 1).reasonCode()).distinct()).hasSize(2);
    // one back from a break, one still away until after "as of"
    assertThat(cohort.apprentices()).filteredOn(a -> a.journey().stream().map(PlannedStatus::status).toList()
        .equals(List.of("ACTIVE", "BREAK_IN_LEARNING", "ACTIVE"))).hasSize(1);
    assertThat(cohort.apprentices()).filteredOn(a -> lastStatus(a).equals("BREAK_IN_LEARNING"))
        .allSatisfy(a -> assertThat(a.journey().get(a.journey().size() - 1).plannedReturn()).isAfter(AS_OF));
    assertThat(cohort.apprentices().stream().filter(a -> lastStatus(a).equals("ACTIVE") && behind(a))).hasSizeGreaterThanOrEqualTo(3);
    assertThat(cohort.apprentices().stream().filter(a -> lastStatus(a).equals("ACTIVE") && !behind(a))).hasSizeGreaterThanOrEqualTo(10);
    assertThat(cohort.apprentices().stream().filter(ApprenticeshipPlanTest::reviewOverdue)).isNotEmpty();
  }

  @Test
  void theDemoApprenticeIsATeammateOfTheDemoStaffLogin() {
    GeneratedPerson nurse = DemoPicks.hospitalNurse(demoPeople);
    String team = nurse.employments().stream().filter(e -> e.organisationCode().equals("NGH") && e.current())
        .findFirst().orElseThrow().lineManagerPersonId();
    PlannedCohort cohort = dataAnalysts(demo);
    List<PlannedApprentice> teammates = cohort.apprentices().stream()
        .filter(a -> a.employerCode().equals("NGH") && team.equals(a.lineManagerPersonId())).toList();
    assertThat(teammates).hasSizeGreaterThanOrEqualTo(2);
    assertThat(teammates).extracting(PlannedApprentice::personId).doesNotContain(nurse.personId());
    assertThat(demo.demoApprenticePersonId()).isEqualTo(teammates.get(0).personId());
    assertThat(lastStatus(teammates.get(0))).isEqualTo("ACTIVE");
    assertThat(apprentices(demo)).extracting(PlannedApprentice::personId).doesNotContain(nurse.personId());
    assertThat(city.demoApprenticePersonId()).isNull();
  }

  @Test
  void theDemoHasCohortsAtEveryStage() {
    assertThat(demo.cohorts()).hasSizeGreaterThanOrEqualTo(4).allSatisfy(c -> assertThat(c.apprentices()).hasSizeGreaterThanOrEqualTo(5));
    assertThat(apprentices(demo)).hasSizeBetween(50, 70);
    Map<String, Long> last = apprentices(demo).stream()
        .collect(Collectors.groupingBy(ApprenticeshipPlanTest::lastStatus, Collectors.counting()));
    assertThat(last.keySet()).containsAll(STATUSES);
    // finished: mostly achieved with mixed grades, one failed, two withdrawn
    PlannedCohort finished = demo.cohorts().stream()
        .filter(c -> c.apprentices().stream().anyMatch(a -> lastStatus(a).equals("ACHIEVED"))).findFirst().orElseThrow();
    assertThat(finished.apprentices()).filteredOn(a -> lastStatus(a).equals("FAILED")).hasSize(1);
    assertThat(finished.apprentices()).filteredOn(a -> lastStatus(a).equals("WITHDRAWN")).hasSize(2);
    assertThat(finished.apprentices().stream().map(a -> a.journey().get(a.journey().size() - 1).grade())
        .filter(g -> g != null).distinct()).hasSize(3);
    // recently started: a few weeks of training so far
    PlannedCohort recent = demo.cohorts().stream().max((a, b) -> a.startDate().compareTo(b.startDate())).orElseThrow();
    assertThat(ChronoUnit.DAYS.between(recent.startDate(), AS_OF)).isBetween(28L, 62L);
    assertThat(recent.apprentices()).allSatisfy(a -> assertThat(a.otj()).hasSizeLessThan(15));
  }

  @Test
  void everyJourneyFollowsTheAllowedTransitions() {
    for (ApprenticeshipPlan plan : List.of(demo, city)) {
      checkJourneys(plan, AS_OF);
    }
  }

  /** "Today" is whatever day the demo is loaded: the rules hold on any day and for other seeds. */
  @Test
  void theRulesHoldOnOtherDaysAndSeeds() {
    for (LocalDate day : List.of(LocalDate.of(2026, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 29),
        LocalDate.of(2025, 6, 1))) {
      for (long seed : new long[] {CityGenerator.DEFAULT_SEED, 7L}) {
        CityGenerator generator = new CityGenerator(TestFramework.load(), CityScale.DEMO, seed, day);
        ApprenticeshipPlan plan = ApprenticeshipPlan.of(generator);
        checkJourneys(plan, day);
        checkOtj(plan, day);
        PlannedCohort analysts = dataAnalysts(plan);
        assertThat(analysts.apprentices().stream().map(PlannedApprentice::employerCode).distinct()).hasSize(10);
        assertThat(plan.cohorts()).allSatisfy(c -> assertThat(c.apprentices()).hasSizeGreaterThanOrEqualTo(5));
        GeneratedPerson nurse = DemoPicks.hospitalNurse(generator.people().toList());
        String team = DemoPicks.currentPost(nurse, "NGH").orElseThrow().lineManagerPersonId();
        assertThat(analysts.apprentices().get(0).personId()).isEqualTo(plan.demoApprenticePersonId());
        assertThat(analysts.apprentices().stream().filter(a -> team.equals(a.lineManagerPersonId()))
            .map(PlannedApprentice::personId).toList()).as(day + " seed " + seed).hasSizeGreaterThanOrEqualTo(2)
            .doesNotContain(nurse.personId());
      }
    }
  }

  private static void checkJourneys(ApprenticeshipPlan plan, LocalDate asOf) {
    {
      for (PlannedApprentice a : apprentices(plan)) {
        assertThat(a.startDate()).isBeforeOrEqualTo(asOf);
        List<PlannedStatus> journey = a.journey();
        assertThat(journey.get(0).status()).isEqualTo("ACTIVE");
        assertThat(journey.get(0).effectiveOn()).isEqualTo(a.startDate());
        for (int i = 0; i < journey.size(); i++) {
          PlannedStatus s = journey.get(i);
          assertThat(s.status()).isIn(STATUSES);
          assertThat(s.effectiveOn()).isBeforeOrEqualTo(asOf);
          if (i > 0) {
            PlannedStatus before = journey.get(i - 1);
            assertThat(NEXT.get(before.status())).as(a.personId() + " " + journey).contains(s.status());
            assertThat(s.effectiveOn()).isAfterOrEqualTo(before.effectiveOn());
          }
          if (s.status().equals("WITHDRAWN")) {
            assertThat(s.reasonCode()).isIn(REASONS);
          } else {
            assertThat(s.reasonCode()).isNull();
          }
          if (s.status().equals("BREAK_IN_LEARNING")) {
            assertThat(s.plannedReturn()).isAfter(s.effectiveOn());
          } else {
            assertThat(s.plannedReturn()).isNull();
          }
          if (s.status().equals("ACHIEVED")) {
            assertThat(s.grade()).isIn(GRADES);
          } else {
            assertThat(s.grade()).isNull();
          }
        }
      }
    }
  }

  @Test
  void offTheJobTrainingIsPlausible() {
    for (ApprenticeshipPlan plan : List.of(demo, city)) {
      checkOtj(plan, AS_OF);
    }
    List<PlannedOtj> all = apprentices(demo).stream().flatMap(a -> a.otj().stream()).toList();
    assertThat(all.stream().filter(PlannedOtj::confirmed).count()).isGreaterThan(all.size() * 8L / 10);
    assertThat(all.stream().filter(e -> !e.confirmed() && e.date().isAfter(AS_OF.minusWeeks(4)))).isNotEmpty();
  }

  private static void checkOtj(ApprenticeshipPlan plan, LocalDate asOf) {
    {
      for (PlannedCohort cohort : plan.cohorts()) {
        PlannedProgramme programme = plan.programmes().stream()
            .filter(p -> p.standardCode().equals(cohort.standardCode())).findFirst().orElseThrow();
        for (PlannedApprentice a : cohort.apprentices()) {
          assertThat(a.plannedOtjHours()).isGreaterThanOrEqualTo(programme.minimumOtjHours());
          assertThat(ChronoUnit.MONTHS.between(a.startDate(), a.plannedEndDate()))
              .isBetween(programme.durationMonths() - 1L, programme.durationMonths() + 1L);
          LocalDate stop = a.journey().stream().filter(s -> ENDS.contains(s.status())).map(PlannedStatus::effectiveOn)
              .findFirst().orElse(asOf);
          Map<LocalDate, BigDecimal> perDay = new HashMap<>();
          for (PlannedOtj e : a.otj()) {
            assertThat(e.hours()).isGreaterThan(BigDecimal.ZERO).isLessThanOrEqualTo(new BigDecimal("12"));
            assertThat(e.hours().scale()).isLessThanOrEqualTo(2);
            assertThat(e.activity()).isIn(ACTIVITIES);
            assertThat(e.date()).isAfterOrEqualTo(a.startDate()).isBeforeOrEqualTo(asOf).isBeforeOrEqualTo(stop);
            perDay.merge(e.date(), e.hours(), BigDecimal::add);
          }
          assertThat(perDay.values()).allSatisfy(h -> assertThat(h).isLessThanOrEqualTo(new BigDecimal("24")));
          for (PlannedReview r : a.reviews()) {
            assertThat(r.date()).isAfterOrEqualTo(a.startDate()).isBeforeOrEqualTo(asOf);
            assertThat(r.attendees()).contains("apprentice");
          }
        }
      }
    }
  }

  @Test
  void codesComeOnlyFromTheLists() {
    Set<String> cityOrgs = fullCity.organisations().stream().map(GeneratedOrganisation::code).collect(Collectors.toSet());
    for (ApprenticeshipPlan plan : List.of(demo, city)) {
      Set<String> standards = plan.programmes().stream().map(PlannedProgramme::standardCode).collect(Collectors.toSet());
      for (PlannedCohort c : plan.cohorts()) {
        assertThat(c.standardCode()).isIn(standards);
        assertThat(c.providerCode()).isIn(cityOrgs);
        assertThat(c.startDate()).isBeforeOrEqualTo(AS_OF);
        for (PlannedApprentice a : c.apprentices()) {
          if (a.equality() != null) {
            assertThat(a.equality().ethnicity()).isIn("WHITE", "MIXED", "ASIAN", "BLACK", "OTHER", "PREFER_NOT_TO_SAY");
            assertThat(a.equality().sex()).isIn("FEMALE", "MALE", "PREFER_NOT_TO_SAY");
            assertThat(a.equality().disability()).isIn("YES", "NO", "PREFER_NOT_TO_SAY");
            assertThat(a.equality().deprivationDecile())
                .isIn("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "PREFER_NOT_TO_SAY");
          }
        }
      }
    }
    List<PlannedApprentice> all = apprentices(city);
    long undeclared = all.stream().filter(a -> a.equality() == null).count();
    assertThat(undeclared / (double) all.size()).isBetween(0.05, 0.15);
    long white = all.stream().filter(a -> a.equality() != null && a.equality().ethnicity().equals("WHITE")).count();
    assertThat(white / (double) (all.size() - undeclared)).isBetween(0.55, 0.75);
  }

  @Test
  void apprenticesAreRealStaffAndNobodyIsInTwoCohorts() {
    Map<String, GeneratedPerson> byId = demoPeople.stream().collect(Collectors.toMap(GeneratedPerson::personId, p -> p));
    Set<String> managers = new HashSet<>();
    demoPeople.forEach(p -> p.employments().forEach(e -> managers.add(e.lineManagerPersonId())));
    for (PlannedApprentice a : apprentices(demo)) {
      GeneratedPerson p = byId.get(a.personId());
      assertThat(p).isNotNull();
      assertThat(managers).doesNotContain(a.personId());
      GeneratedEmployment main = p.employments().get(0);
      assertThat(main.current()).isTrue();
      assertThat(a.employerCode()).isEqualTo(main.organisationCode());
      assertThat(a.lineManagerPersonId()).isEqualTo(main.lineManagerPersonId());
      assertThat(a.personName()).isEqualTo(p.givenName() + " " + p.familyName());
    }
    for (ApprenticeshipPlan plan : List.of(demo, city)) {
      List<String> ids = apprentices(plan).stream().map(PlannedApprentice::personId).toList();
      assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
      assertThat(plan.cohorts().stream().map(PlannedCohort::name).distinct()).hasSameSizeAs(plan.cohorts());
    }
  }

  @Test
  void theFullCityHasAboutFortyCohortsAndAThousandApprentices() {
    assertThat(city.cohorts()).hasSizeBetween(36, 44);
    assertThat(apprentices(city)).hasSizeBetween(900, 1_100);
    assertThat(city.cohorts()).allSatisfy(c -> assertThat(c.employerCodes()).hasSizeBetween(1, 12));
    assertThat(city.cohorts().stream().flatMap(c -> c.employerCodes().stream()).distinct().count()).isGreaterThan(25);
    assertThat(city.cohorts().stream().map(PlannedCohort::standardCode).distinct()).hasSize(6);
    PlannedCohort analysts = dataAnalysts(city);
    assertThat(analysts.apprentices().stream().map(PlannedApprentice::employerCode).distinct()).hasSize(10);
    Map<String, Long> last = apprentices(city).stream()
        .collect(Collectors.groupingBy(ApprenticeshipPlanTest::lastStatus, Collectors.counting()));
    assertThat(last.keySet()).containsAll(STATUSES);
    // about a second on a quiet machine; the bound leaves room for a busy build
    assertThat(cityMillis).isLessThan(20_000);
  }

  /** Fewer hours so far than three quarters of the planned pace. */
  private static boolean behind(PlannedApprentice a) {
    double weeks = ChronoUnit.DAYS.between(a.startDate(), a.plannedEndDate()) / 7.0;
    double due = a.plannedOtjHours() / weeks * ChronoUnit.DAYS.between(a.startDate(), AS_OF) / 7.0;
    double done = a.otj().stream().mapToDouble(e -> e.hours().doubleValue()).sum();
    return done < 0.75 * due;
  }

  private static boolean reviewOverdue(PlannedApprentice a) {
    LocalDate last = a.reviews().isEmpty() ? a.startDate() : a.reviews().get(a.reviews().size() - 1).date();
    return lastStatus(a).equals("ACTIVE") && last.isBefore(AS_OF.minusWeeks(12));
  }
}
