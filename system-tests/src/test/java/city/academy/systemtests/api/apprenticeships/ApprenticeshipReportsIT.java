package city.academy.systemtests.api.apprenticeships;

import static city.academy.systemtests.api.apprenticeships.Apprenticeships.API;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.all;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.anyCell;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.apprentice;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.as;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.assertProblem;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.cohort;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.count;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.countOf;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.created;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.csv;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.csvRows;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.decide;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.decimal;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.enrolled;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.equalityRow;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.equalityTable;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.hours;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.id;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.isNull;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.log;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.mentions;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.moved;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.number;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.objects;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.ok;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.people;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.person;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.programme;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.report;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.sheet;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.shown;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.strings;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.summaryOf;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.suppressed;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.to;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.today;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.withdrawn;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import city.academy.systemtests.api.apprenticeships.Apprenticeships.Person;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cohort and city reports as docs/apprenticeships.md describes them, on cohorts crafted with
 * known numbers: the funnel, withdrawals by reason, grades, achievement and withdrawal rates, the
 * off-the-job pace and overdue reviews, and the equality breakdown with its small-number
 * suppression (1–4 hidden, a second cell hidden when one alone would be, every cell hidden when the
 * column total is 1–4) in JSON, CSV and the spreadsheet; each HR admin's report over their own
 * apprentices only; and the demo Data Analyst cohort.
 */
@ExtendWith(PlatformExtension.class)
class ApprenticeshipReportsIT {

  private static final List<String> CHARACTERISTICS = List.of("ETHNICITY", "SEX", "DISABILITY", "DEPRIVATION_DECILE");

  private static void assertAllSuppressed(JsonObject report, String column) {
    for (String characteristic : CHARACTERISTICS) {
      JsonObject table = equalityTable(report, characteristic);
      for (JsonObject row : objects(table, "rows")) {
        assertThat(suppressed(row, column)).as(characteristic + " " + column + " " + row).isTrue();
      }
    }
  }

  private static void assertNoneSuppressed(JsonObject report, String column) {
    for (String characteristic : CHARACTERISTICS) {
      for (JsonObject row : objects(equalityTable(report, characteristic), "rows")) {
        shown(row, column);
      }
    }
  }

  /** Every characteristic: the NOT_DECLARED row holds {@code undeclared}, every other answer 0, nothing hidden. */
  private static void assertAllUndeclaredShown(JsonObject report, long undeclared) {
    for (String characteristic : CHARACTERISTICS) {
      JsonObject table = equalityTable(report, characteristic);
      assertThat(count(table, "apprentices")).isEqualTo(undeclared);
      for (JsonObject row : objects(table, "rows")) {
        long expected = row.getString("code").equals("NOT_DECLARED") ? undeclared : 0;
        assertThat(shown(row, "apprentices")).as(characteristic + " " + row.getString("code")).isEqualTo(expected);
      }
    }
  }

  /** The spreadsheet rows of an answer: those naming its label (or its code). */
  private static List<List<String>> rowsOf(List<List<String>> sheet, JsonObject row) {
    String label = row.getString("label");
    String code = row.getString("code");
    List<List<String>> byLabel = sheet.stream().filter(r -> r.contains(label)).toList();
    return byLabel.isEmpty() ? sheet.stream().filter(r -> r.contains(code)).toList() : byLabel;
  }

  /** Enrols the people; none of them has declared any equality answer (as an academy admin sees it). */
  private static List<JsonObject> cohortsOf(List<Person> people, long cohortId, LocalDate start) {
    List<JsonObject> enrolled = people.stream().map(p -> enrolled(cohortId, p, start)).toList();
    for (JsonObject apprentice : enrolled) {
      JsonObject answers = ok(Api.get(API + "/apprentices/" + id(apprentice) + "/equality", as("admin")));
      for (String answer : List.of("ethnicity", "sex", "disability", "deprivationDecile")) {
        assertThat(isNull(answers, answer)).as("precondition: " + apprentice.getString("personId") + " has not declared " + answer
            + ": " + answers).isTrue();
      }
    }
    return enrolled;
  }

  // ---------------------------------------------------------------- equality and small numbers

  @Test
  void aCohortOfThreeHasEveryEqualityCellSuppressed() {
    LocalDate s = today().minusDays(20);
    long cohortId = id(cohort(s, "NGH"));
    cohortsOf(people("NGH", 3), cohortId, s);

    JsonObject report = report(cohortId, as("admin"));
    assertThat(count(report.getJsonObject("summary"), "apprentices")).isEqualTo(3);
    assertThat(objects(report, "equality")).extracting(t -> t.getString("characteristic"))
        .containsExactlyInAnyOrderElementsOf(CHARACTERISTICS);
    assertAllSuppressed(report, "apprentices");
    // nobody withdrawn or achieved: the zeros are shown
    assertNoneSuppressed(report, "withdrawn");
    assertNoneSuppressed(report, "achieved");

    Map<String, List<List<String>>> sheets = xlsx(API + "/cohorts/" + cohortId + "/report/xlsx", as("admin"));
    List<List<String>> equality = sheet(sheets, "equality");
    List<List<String>> rows = rowsOf(equality, equalityRow(equalityTable(report, "ETHNICITY"), "NOT_DECLARED"));
    assertThat(rows).as("the spreadsheet's not-declared rows").isNotEmpty();
    assertThat(rows).allSatisfy(r -> assertThat(r).contains("*").doesNotContain("3"));
  }

  @Test
  void sevenUndeclaredApprenticesAreCountedOpenly() {
    LocalDate s = today().minusDays(20);
    long cohortId = id(cohort(s, "RCT"));
    cohortsOf(people("RCT", 7), cohortId, s);

    JsonObject report = report(cohortId, as("admin"));
    assertAllUndeclaredShown(report, 7);
    assertNoneSuppressed(report, "withdrawn");
    assertNoneSuppressed(report, "achieved");
    assertThat(objects(equalityTable(report, "ETHNICITY"), "rows")).extracting(r -> r.getString("code"))
        .containsExactly("WHITE", "MIXED", "ASIAN", "BLACK", "OTHER", "PREFER_NOT_TO_SAY", "NOT_DECLARED");
    assertThat(objects(equalityTable(report, "SEX"), "rows")).extracting(r -> r.getString("code"))
        .containsExactly("FEMALE", "MALE", "PREFER_NOT_TO_SAY", "NOT_DECLARED");
    assertThat(objects(equalityTable(report, "DISABILITY"), "rows")).extracting(r -> r.getString("code"))
        .containsExactly("YES", "NO", "PREFER_NOT_TO_SAY", "NOT_DECLARED");
    assertThat(objects(equalityTable(report, "DEPRIVATION_DECILE"), "rows")).extracting(r -> r.getString("code"))
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "PREFER_NOT_TO_SAY", "NOT_DECLARED");

    List<List<String>> equality = sheet(xlsx(API + "/cohorts/" + cohortId + "/report/xlsx", as("admin")), "equality");
    List<List<String>> rows = rowsOf(equality, equalityRow(equalityTable(report, "ETHNICITY"), "NOT_DECLARED"));
    assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r).contains("7"));
    assertThat(anyCell(equality, "*")).as("nothing hidden in the spreadsheet").isFalse();
  }

  @Test
  void oneDeclaredAnswerAmongSixIsHiddenTogetherWithASecondCell() {
    LocalDate s = today().minusDays(20);
    long cohortId = id(cohort(s, "NGH"));
    List<Person> six = people("NGH", 6);
    cohortsOf(six, cohortId, s);
    ok(Api.send("PUT", API + "/equality/me", six.get(0).token(), "application/json", ApprenticeshipsIT.equality("ASIAN", "FEMALE", "NO", "3")));

    JsonObject report = report(cohortId, as("admin"));
    Map<String, String> declared = Map.of("ETHNICITY", "ASIAN", "SEX", "FEMALE", "DISABILITY", "NO", "DEPRIVATION_DECILE", "3");
    for (String characteristic : CHARACTERISTICS) {
      JsonObject table = equalityTable(report, characteristic);
      assertThat(count(table, "apprentices")).isEqualTo(6);
      assertThat(suppressed(equalityRow(table, declared.get(characteristic)), "apprentices")).as(characteristic + ": the one").isTrue();
      assertThat(shown(equalityRow(table, "NOT_DECLARED"), "apprentices")).isEqualTo(5);
      List<JsonObject> hidden = objects(table, "rows").stream().filter(r -> suppressed(r, "apprentices")).toList();
      assertThat(hidden).as(characteristic + ": the one and a second, so the total does not give it away").hasSize(2);
      long shownSum = objects(table, "rows").stream().filter(r -> !suppressed(r, "apprentices")).mapToLong(r -> shown(r, "apprentices")).sum();
      assertThat(shownSum).isEqualTo(5);
    }

    List<List<String>> equality = sheet(xlsx(API + "/cohorts/" + cohortId + "/report/xlsx", as("admin")), "equality");
    List<List<String>> asian = rowsOf(equality, equalityRow(equalityTable(report, "ETHNICITY"), "ASIAN"));
    assertThat(asian).isNotEmpty().allSatisfy(r -> assertThat(r).contains("*").doesNotContain("1"));
    assertThat(rowsOf(equality, equalityRow(equalityTable(report, "ETHNICITY"), "NOT_DECLARED")))
        .isNotEmpty().allSatisfy(r -> assertThat(r).contains("5"));
  }

  @Test
  void twoSmallCellsHideEachOtherAndEachColumnIsSuppressedOnItsOwn() {
    LocalDate s = today().minusDays(60);
    long cohortId = id(cohort(s, "NGH"));
    List<Person> eight = people("NGH", 8);
    List<JsonObject> apprentices = cohortsOf(eight, cohortId, s);
    declare(eight.get(0), "ASIAN", "FEMALE");
    declare(eight.get(1), "ASIAN", "FEMALE");
    declare(eight.get(2), "BLACK", "FEMALE");
    // six withdrawn: one who said ASIAN and five who declared nothing
    for (int i : new int[] {0, 3, 4, 5, 6, 7}) {
      withdrawn(id(apprentices.get(i)), today().minusDays(2), "PERSONAL");
    }

    JsonObject report = report(cohortId, as("admin"));
    JsonObject ethnicity = equalityTable(report, "ETHNICITY");
    assertThat(count(ethnicity, "apprentices")).isEqualTo(8);
    assertThat(count(ethnicity, "withdrawn")).isEqualTo(6);
    // apprentices: ASIAN 2 and BLACK 1 hide each other; nothing more is hidden
    assertThat(objects(ethnicity, "rows").stream().filter(r -> suppressed(r, "apprentices")).map(r -> r.getString("code")).toList())
        .containsExactlyInAnyOrder("ASIAN", "BLACK");
    assertThat(shown(equalityRow(ethnicity, "NOT_DECLARED"), "apprentices")).isEqualTo(5);
    assertThat(shown(equalityRow(ethnicity, "WHITE"), "apprentices")).isZero();
    // withdrawn: ASIAN 1 alone would be worked out from the total, so a second cell goes too
    assertThat(suppressed(equalityRow(ethnicity, "ASIAN"), "withdrawn")).isTrue();
    assertThat(objects(ethnicity, "rows").stream().filter(r -> suppressed(r, "withdrawn")).count()).isEqualTo(2);
    assertThat(shown(equalityRow(ethnicity, "NOT_DECLARED"), "withdrawn")).isEqualTo(5);
    // achieved: nobody, zeros shown
    assertNoneSuppressed(report, "achieved");
    // sex: FEMALE 3 hidden, and one more
    JsonObject sex = equalityTable(report, "SEX");
    assertThat(suppressed(equalityRow(sex, "FEMALE"), "apprentices")).isTrue();
    assertThat(objects(sex, "rows").stream().filter(r -> suppressed(r, "apprentices")).count()).isEqualTo(2);
    assertThat(shown(equalityRow(sex, "NOT_DECLARED"), "apprentices")).isEqualTo(5);
  }

  private static void declare(Person person, String ethnicity, String sex) {
    ok(Api.send("PUT", API + "/equality/me", person.token(), "application/json",
        Json.createObjectBuilder().add("ethnicity", ethnicity).add("sex", sex).build().toString()));
  }

  @Test
  void anHrAdminsReportIsComputedOverTheirOwnApprenticesOnlySuppressionIncluded() {
    LocalDate s = today().minusDays(20);
    long cohortId = id(cohort(s, "NGH", "BWC"));
    List<JsonObject> ours = cohortsOf(people("NGH", 6), cohortId, s);
    List<JsonObject> theirs = cohortsOf(people("BWC", 3), cohortId, s);

    JsonObject admin = report(cohortId, as("admin"));
    assertThat(strings(admin, "employerScope")).containsExactlyInAnyOrder("NGH", "BWC");
    assertThat(count(admin.getJsonObject("summary"), "apprentices")).isEqualTo(9);
    assertThat(count(summaryOf(objects(admin, "byEmployer"), "NGH"), "apprentices")).isEqualTo(6);
    assertThat(count(summaryOf(objects(admin, "byEmployer"), "BWC"), "apprentices")).isEqualTo(3);
    assertAllUndeclaredShown(admin, 9);

    JsonObject hr = report(cohortId, as("hr"));
    assertThat(strings(hr, "employerScope")).containsExactly("NGH");
    assertThat(count(hr.getJsonObject("summary"), "apprentices")).isEqualTo(6);
    assertThat(objects(hr, "byEmployer")).extracting(r -> r.getString("key")).containsExactly("NGH");
    assertAllUndeclaredShown(hr, 6);

    JsonObject careHome = report(cohortId, as("carehome.hr"));
    assertThat(strings(careHome, "employerScope")).containsExactly("BWC");
    assertThat(count(careHome.getJsonObject("summary"), "apprentices")).isEqualTo(3);
    assertAllSuppressed(careHome, "apprentices");

    Api.Reply hrCsv = csv(API + "/cohorts/" + cohortId + "/report/csv", as("hr"));
    assertThat(hrCsv.status()).as(hrCsv.toString()).isEqualTo(200);
    assertThat(csvRows(hrCsv.text())).hasSize(6);
    List<String> ourNames = ours.stream().map(a -> a.getString("personName")).toList();
    List<String> theirNames = theirs.stream().map(a -> a.getString("personName")).filter(n -> !ourNames.contains(n)).toList();
    ourNames.forEach(n -> assertThat(hrCsv.text()).contains(n));
    theirNames.forEach(n -> assertThat(hrCsv.text()).doesNotContain(n));
    Api.Reply adminCsv = csv(API + "/cohorts/" + cohortId + "/report/csv", as("admin"));
    assertThat(csvRows(adminCsv.text())).hasSize(9);

    Map<String, List<List<String>>> hrSheets = xlsx(API + "/cohorts/" + cohortId + "/report/xlsx", as("hr"));
    ourNames.forEach(n -> assertThat(mentions(hrSheets, n)).as(n).isTrue());
    theirNames.forEach(n -> assertThat(mentions(hrSheets, n)).as(n).isFalse());
    List<List<String>> careSheet = sheet(xlsx(API + "/cohorts/" + cohortId + "/report/xlsx", as("carehome.hr")), "equality");
    assertThat(anyCell(careSheet, "*")).as("three apprentices: hidden in the care home's spreadsheet too").isTrue();
    assertThat(rowsOf(careSheet, equalityRow(equalityTable(careHome, "SEX"), "NOT_DECLARED")))
        .isNotEmpty().allSatisfy(r -> assertThat(r).as("the three are not shown").contains("*").doesNotContain("3"));
  }

  // ---------------------------------------------------------------- funnel, withdrawals, grades, rates

  @Test
  void funnelWithdrawalsGradesAndRatesOfACraftedCohort() {
    LocalDate s = today().minusDays(400);
    JsonObject programme = programme();
    long cohortId = id(cohort(id(programme), "NGH", s, "NGH", "BWC"));
    LocalDate on = today().minusDays(5);
    long passed = id(enrolled(cohortId, person("NGH"), s));
    long distinction = id(enrolled(cohortId, person("NGH"), s));
    long failed = id(enrolled(cohortId, person("NGH"), s));
    long onBreak = id(enrolled(cohortId, person("NGH"), s));
    long gateway = id(enrolled(cohortId, person("NGH"), s));
    long gone = id(enrolled(cohortId, person("BWC"), s));
    enrolled(cohortId, person("BWC"), s);
    Apprenticeships.toAchieved(passed, on, "PASS");
    Apprenticeships.toAchieved(distinction, on, "DISTINCTION");
    Apprenticeships.toFailed(failed, on);
    moved(onBreak, to("BREAK_IN_LEARNING", on).add("plannedReturn", today().plusDays(30).toString()));
    moved(gateway, to("GATEWAY", on));
    withdrawn(gone, on, "HEALTH");

    JsonObject report = report(cohortId, as("admin"));
    JsonObject summary = report.getJsonObject("summary");
    assertThat(count(summary, "apprentices")).isEqualTo(7);
    assertThat(count(summary, "inLearning")).as("active and at gateway").isEqualTo(2);
    assertThat(count(summary, "onBreak")).isEqualTo(1);
    assertThat(count(summary, "withdrawn")).isEqualTo(1);
    assertThat(count(summary, "achieved")).isEqualTo(2);
    assertThat(count(summary, "failed")).isEqualTo(1);
    assertThat(number(summary, "achievementRate")).as("2 / (2 + 1 + 1)").isCloseTo(0.5, within(1e-9));
    assertThat(number(summary, "withdrawalRate")).as("1 / 7").isCloseTo(1.0 / 7, within(1e-6));

    List<JsonObject> funnel = objects(report, "funnel");
    assertThat(countOf(funnel, "ACTIVE")).isEqualTo(1);
    assertThat(countOf(funnel, "BREAK_IN_LEARNING")).isEqualTo(1);
    assertThat(countOf(funnel, "GATEWAY")).isEqualTo(1);
    assertThat(countOf(funnel, "END_POINT_ASSESSMENT")).isZero();
    assertThat(countOf(funnel, "COMPLETED")).isZero();
    assertThat(countOf(funnel, "ACHIEVED")).isEqualTo(2);
    assertThat(countOf(funnel, "FAILED")).isEqualTo(1);
    assertThat(countOf(funnel, "WITHDRAWN")).isEqualTo(1);
    assertThat(funnel.stream().mapToLong(c -> count(c, "count")).sum()).isEqualTo(7);
    assertThat(funnel).allSatisfy(c -> assertThat(c.getString("label")).isNotBlank());

    List<JsonObject> reasons = objects(report, "withdrawalReasons");
    assertThat(countOf(reasons, "HEALTH")).isEqualTo(1);
    assertThat(reasons.stream().mapToLong(c -> count(c, "count")).sum()).isEqualTo(1);
    List<JsonObject> grades = objects(report, "grades");
    assertThat(countOf(grades, "PASS")).isEqualTo(1);
    assertThat(countOf(grades, "DISTINCTION")).isEqualTo(1);
    assertThat(countOf(grades, "MERIT")).isZero();

    JsonObject ngh = summaryOf(objects(report, "byEmployer"), "NGH");
    assertThat(count(ngh, "apprentices")).isEqualTo(5);
    assertThat(number(ngh, "achievementRate")).as("2 / (2 + 1)").isCloseTo(2.0 / 3, within(1e-6));
    JsonObject bwc = summaryOf(objects(report, "byEmployer"), "BWC");
    assertThat(count(bwc, "apprentices")).isEqualTo(2);
    assertThat(count(bwc, "withdrawn")).isEqualTo(1);
    assertThat(number(bwc, "achievementRate")).as("0 / (0 + 0 + 1)").isCloseTo(0.0, within(1e-9));
    assertThat(number(bwc, "withdrawalRate")).isCloseTo(0.5, within(1e-9));

    // equality: 7 undeclared shown; withdrawn (1) and achieved (2) columns are small totals: all hidden
    assertAllUndeclaredShown(report, 7);
    assertAllSuppressed(report, "withdrawn");
    assertAllSuppressed(report, "achieved");

    // the HR admin of NGH: their five only
    JsonObject hr = report(cohortId, as("hr")).getJsonObject("summary");
    assertThat(count(hr, "apprentices")).isEqualTo(5);
    assertThat(count(hr, "withdrawn")).isZero();
    assertThat(number(hr, "achievementRate")).isCloseTo(2.0 / 3, within(1e-6));

    // the city report: a row for the cohort and for its programme with the same figures
    JsonObject city = ok(Api.get(API + "/report", as("admin")));
    for (JsonObject row : List.of(summaryOf(objects(city, "cohorts"), Long.toString(cohortId)),
        summaryOf(objects(city, "programmes"), programme.getString("standardCode")))) {
      assertThat(count(row, "apprentices")).isEqualTo(7);
      assertThat(count(row, "achieved")).isEqualTo(2);
      assertThat(count(row, "failed")).isEqualTo(1);
      assertThat(count(row, "withdrawn")).isEqualTo(1);
      assertThat(number(row, "achievementRate")).isCloseTo(0.5, within(1e-9));
    }
    assertThat(countOf(objects(city, "withdrawalReasons"), "HEALTH")).isGreaterThanOrEqualTo(1);
    assertThat(countOf(objects(city, "funnel"), "ACHIEVED")).isGreaterThanOrEqualTo(2);
  }

  @Test
  void thereIsNoAchievementRateBeforeAnyoneLeaves() {
    LocalDate s = today().minusDays(60);
    long cohortId = id(cohort(s, "NGH"));
    cohortsOf(people("NGH", 2), cohortId, s);
    JsonObject summary = report(cohortId, as("admin")).getJsonObject("summary");
    assertThat(count(summary, "apprentices")).isEqualTo(2);
    assertThat(isNull(summary, "achievementRate")).as("nobody has left: no rate").isTrue();
    assertThat(number(summary, "withdrawalRate")).isCloseTo(0.0, within(1e-9));
    assertThat(objects(report(cohortId, as("admin")), "withdrawalReasons").stream().mapToLong(c -> count(c, "count")).sum()).isZero();

    JsonObject city = ok(Api.get(API + "/report", as("admin")));
    assertThat(isNull(summaryOf(objects(city, "cohorts"), Long.toString(cohortId)), "achievementRate")).isTrue();
  }

  // ---------------------------------------------------------------- the off-the-job pace

  @Test
  void paceOnTrackBehindNotDueAndBreaksInLearning() {
    JsonObject programme = programme(12, 400);
    long cohortId = id(cohort(id(programme), "NGH", today().minusDays(100), "NGH"));
    LocalDate s = today().minusDays(70);
    long plannedDays = ChronoUnit.DAYS.between(s, s.plusMonths(12));
    double perDay = 400.0 / plannedDays;

    Person slow = person("NGH");
    long behind = id(enrolled(cohortId, slow, s));
    Person keen = person("NGH");
    long onTrack = id(enrolled(cohortId, keen, s));
    long justStarted = id(enrolled(cohortId, person("NGH"), today().minusDays(3)));
    long gone = id(enrolled(cohortId, person("NGH"), s));
    withdrawn(gone, today().minusDays(1), "CHANGED_CAREER");
    long resting = id(enrolled(cohortId, person("NGH"), s));
    moved(resting, to("BREAK_IN_LEARNING", today().minusDays(35)).add("plannedReturn", today().plusDays(30).toString()));
    for (int day = 1; day <= 4; day++) {
      JsonObject entry = created(log(onTrack, keen.token(), hours(today().minusDays(day), "20", "PROJECT")));
      ok(decide(onTrack, id(entry), as("admin"), true, null));
    }
    // pending hours do not count
    created(log(behind, slow.token(), hours(today().minusDays(1), "24", "PROJECT")));

    JsonObject b = apprentice(behind).getJsonObject("otj");
    assertThat(b.getString("pace")).isEqualTo("BEHIND");
    assertThat(decimal(b, "expectedToDate").doubleValue()).as("400 × 70 / planned days").isCloseTo(perDay * 70, within(perDay * 1.5));
    assertThat(decimal(b, "confirmedHours")).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(decimal(b, "pendingHours")).isEqualByComparingTo("24");
    assertThat(apprentice(onTrack).getJsonObject("otj").getString("pace")).isEqualTo("ON_TRACK");
    assertThat(decimal(apprentice(onTrack).getJsonObject("otj"), "confirmedHours")).isEqualByComparingTo("80");
    assertThat(apprentice(justStarted).getJsonObject("otj").getString("pace")).isEqualTo("NOT_DUE");
    JsonObject r = apprentice(resting).getJsonObject("otj");
    assertThat(decimal(r, "expectedToDate").doubleValue()).as("the break pauses the clock: 35 days in learning")
        .isCloseTo(perDay * 35, within(perDay * 1.5));

    JsonObject report = report(cohortId, as("admin"));
    JsonObject summary = report.getJsonObject("summary");
    assertThat(count(summary, "onTrack")).isEqualTo(1);
    assertThat(count(summary, "behind")).as("the one with no confirmed hours and the one on a break").isEqualTo(2);
    assertThat(decimal(summary, "confirmedOtjHours")).isEqualByComparingTo("80");
    List<JsonObject> behindList = objects(report, "behind");
    assertThat(behindList).extracting(l -> l.getJsonNumber("apprenticeId").longValue()).containsExactlyInAnyOrder(behind, resting);
    JsonObject line = behindList.stream().filter(l -> l.getJsonNumber("apprenticeId").longValue() == behind).findFirst().orElseThrow();
    assertThat(line.getString("pace")).isEqualTo("BEHIND");
    assertThat(line.getString("employerCode")).isEqualTo("NGH");
    assertThat(line.getInt("plannedHours")).isEqualTo(400);
    assertThat(decimal(line, "confirmedHours")).isEqualByComparingTo(BigDecimal.ZERO);

    // as of two weeks ago: 56 days in learning
    JsonObject earlier = ok(Api.get(API + "/cohorts/" + cohortId + "/report?asOf=" + today().minusDays(14), as("admin")));
    assertThat(earlier.getString("asOf")).isEqualTo(today().minusDays(14).toString());
    JsonObject then = objects(earlier, "behind").stream().filter(l -> l.getJsonNumber("apprenticeId").longValue() == behind)
        .findFirst().orElseThrow();
    assertThat(decimal(then, "expectedToDate").doubleValue()).isCloseTo(perDay * 56, within(perDay * 1.5));
  }

  @Test
  void overdueReviewsAreListedWithSinceWhen() {
    long cohortId = id(cohort(today().minusDays(120), "NGH"));
    long neverReviewed = id(enrolled(cohortId, person("NGH"), today().minusDays(90)));
    long reviewedLately = id(enrolled(cohortId, person("NGH"), today().minusDays(95)));
    long reviewedLongAgo = id(enrolled(cohortId, person("NGH"), today().minusDays(100)));
    long onBreak = id(enrolled(cohortId, person("NGH"), today().minusDays(100)));
    review(reviewedLately, today().minusDays(10));
    review(reviewedLongAgo, today().minusDays(90));
    moved(onBreak, to("BREAK_IN_LEARNING", today().minusDays(5)).add("plannedReturn", today().plusDays(20).toString()));

    JsonObject report = report(cohortId, as("admin"));
    assertThat(count(report.getJsonObject("summary"), "overdueReviews")).isEqualTo(2);
    List<JsonObject> overdue = objects(report, "overdueReviews");
    assertThat(overdue).extracting(o -> o.getJsonNumber("apprenticeId").longValue()).containsExactlyInAnyOrder(neverReviewed, reviewedLongAgo);
    JsonObject never = overdue.stream().filter(o -> o.getJsonNumber("apprenticeId").longValue() == neverReviewed).findFirst().orElseThrow();
    assertThat(isNull(never, "lastReviewOn")).isTrue();
    assertThat(never.getString("dueBy")).isEqualTo(today().minusDays(6).toString());
    assertThat(count(never, "daysOverdue")).isEqualTo(6);
    JsonObject longAgo = overdue.stream().filter(o -> o.getJsonNumber("apprenticeId").longValue() == reviewedLongAgo).findFirst().orElseThrow();
    assertThat(longAgo.getString("lastReviewOn")).isEqualTo(today().minusDays(90).toString());
    assertThat(longAgo.getString("dueBy")).isEqualTo(today().minusDays(6).toString());
    assertThat(count(longAgo, "daysOverdue")).isEqualTo(6);
  }

  private static void review(long apprenticeId, LocalDate on) {
    created(Api.post(API + "/apprentices/" + apprenticeId + "/reviews", as("admin"),
        Json.createObjectBuilder().add("date", on.toString()).add("attendees", "Apprentice, tutor").add("notes", "On course").build().toString()));
  }

  // ---------------------------------------------------------------- the demo cohort and the city

  private static JsonObject demoCohort() {
    return all(API + "/cohorts", as("admin")).stream().filter(c -> c.getString("name").startsWith("Data Analyst L4")).findFirst()
        .orElseThrow(() -> new AssertionError("no demo cohort named Data Analyst L4…"));
  }

  @Test
  void theDemoDataAnalystCohortHasTwentyFourApprenticesFromTenEmployers() {
    JsonObject cohort = demoCohort();
    long cohortId = id(cohort);
    assertThat(count(cohort, "apprentices")).isEqualTo(24);
    assertThat(cohort.getJsonArray("employerCodes")).hasSize(10);

    JsonObject report = report(cohortId, as("admin"));
    assertThat(count(report.getJsonObject("summary"), "apprentices")).isEqualTo(24);
    assertThat(strings(report, "employerScope")).hasSize(10);
    assertThat(objects(report, "byEmployer")).hasSize(10);
    assertThat(objects(report, "byEmployer").stream().mapToLong(r -> count(r, "apprentices")).sum()).isEqualTo(24);
    assertThat(objects(report, "equality")).hasSize(4);

    Api.Reply adminCsv = csv(API + "/cohorts/" + cohortId + "/report/csv", as("admin"));
    assertThat(adminCsv.status()).as(adminCsv.toString()).isEqualTo(200);
    assertThat(adminCsv.contentType()).startsWith("text/csv");
    assertThat(csvRows(adminCsv.text())).hasSize(24);

    Map<String, List<List<String>>> sheets = xlsx(API + "/cohorts/" + cohortId + "/report/xlsx", as("admin"));
    assertThat(sheets.size()).as("a sheet per section: " + sheets.keySet()).isGreaterThanOrEqualTo(5);
    long apprenticeRows = sheet(sheets, "apprentice").stream().filter(r -> r.stream().anyMatch(c -> !c.isBlank())).count();
    assertThat(apprenticeRows).as("24 apprentices and a header").isGreaterThanOrEqualTo(25);

    // the HR admin of NGH: the trust's apprentices only, in the report and its exports
    List<JsonObject> everyone = all(API + "/cohorts/" + cohortId + "/apprentices", as("admin"));
    assertThat(everyone).hasSize(24);
    List<JsonObject> nghOnes = everyone.stream().filter(a -> a.getString("employerCode").equals("NGH")).toList();
    assertThat(nghOnes).isNotEmpty();
    JsonObject hrReport = report(cohortId, as("hr"));
    assertThat(strings(hrReport, "employerScope")).containsExactly("NGH");
    assertThat(count(hrReport.getJsonObject("summary"), "apprentices")).isEqualTo(nghOnes.size());
    Api.Reply hrCsv = csv(API + "/cohorts/" + cohortId + "/report/csv", as("hr"));
    assertThat(hrCsv.status()).as(hrCsv.toString()).isEqualTo(200);
    assertThat(csvRows(hrCsv.text())).hasSize(nghOnes.size());
    List<String> nghNames = nghOnes.stream().map(a -> a.getString("personName")).toList();
    everyone.stream().filter(a -> !a.getString("employerCode").equals("NGH")).map(a -> a.getString("personName"))
        .filter(n -> !nghNames.contains(n)).forEach(n -> assertThat(hrCsv.text()).doesNotContain(n));
    assertThat(all(API + "/cohorts/" + cohortId + "/apprentices", as("hr"))).extracting(a -> a.getString("employerCode")).containsOnly("NGH");

    JsonObject city = ok(Api.get(API + "/report", as("admin")));
    assertThat(objects(city, "cohorts")).extracting(r -> r.getString("key")).contains(Long.toString(cohortId));
    assertThat(objects(city, "programmes")).extracting(r -> r.getString("key")).contains(cohort.getString("standardCode"));
    assertThat(count(summaryOf(objects(city, "cohorts"), Long.toString(cohortId)), "apprentices")).isEqualTo(24);
  }

  @Test
  void theCityReportAndItsExportsAreForAcademyAdmins() {
    JsonObject city = ok(Api.get(API + "/report", as("admin")));
    assertThat(city.getString("asOf")).isEqualTo(today().toString());
    JsonObject total = city.getJsonObject("city");
    assertThat(total.getString("key")).isEqualTo("CITY");
    assertThat(count(total, "apprentices")).isGreaterThanOrEqualTo(24);
    assertThat(objects(city, "cohorts").stream().mapToLong(r -> count(r, "apprentices")).sum()).isEqualTo(count(total, "apprentices"));
    assertThat(objects(city, "programmes").stream().mapToLong(r -> count(r, "apprentices")).sum()).isEqualTo(count(total, "apprentices"));
    assertThat(objects(city, "funnel").stream().mapToLong(c -> count(c, "count")).sum()).isEqualTo(count(total, "apprentices"));
    assertThat(objects(city, "equality")).extracting(t -> t.getString("characteristic")).containsExactlyInAnyOrderElementsOf(CHARACTERISTICS);

    Api.Reply cityCsv = csv(API + "/report/csv", as("admin"));
    assertThat(cityCsv.status()).as(cityCsv.toString()).isEqualTo(200);
    assertThat(cityCsv.contentType()).startsWith("text/csv");
    List<List<String>> rows = csvRows(cityCsv.text());
    assertThat(rows).as("one row per cohort, per programme and the city")
        .hasSize(objects(city, "cohorts").size() + objects(city, "programmes").size() + 1);
    assertThat(rows.get(rows.size() - 1)).contains("CITY");
    assertThat(xlsx(API + "/report/xlsx", as("admin"))).isNotEmpty();

    assertProblem(Api.get(API + "/report", as("hr")), 403);
    assertProblem(Api.get(API + "/report", as("provider")), 403);
  }

  @Test
  void badDatesAndUnknownCohortsInReports() {
    long cohortId = id(cohort(today().minusDays(10), "NGH"));
    assertProblem(Api.get(API + "/cohorts/" + cohortId + "/report?asOf=yesterday", as("admin")), 400);
    assertProblem(Api.get(API + "/cohorts/" + cohortId + "/report?asOf=2026-02-30", as("admin")), 400);
    assertProblem(Api.get(API + "/report?asOf=someday", as("admin")), 400);
    assertProblem(Api.get(API + "/cohorts/999999999/report", as("admin")), 404);
    assertProblem(csv(API + "/cohorts/999999999/report/csv", as("admin")), 404);
    assertThat(ok(Api.get(API + "/cohorts/" + cohortId + "/report?asOf=" + today().minusDays(3), as("admin"))).getString("asOf"))
        .isEqualTo(today().minusDays(3).toString());
  }
}
