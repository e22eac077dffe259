package city.academy.systemtests.api.apprenticeships;

import static city.academy.systemtests.api.apprenticeships.Apprenticeships.API;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.all;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.apprentice;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.as;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.assertProblem;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.assertRefused;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.cohort;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.cohortRequest;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.count;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.created;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.csv;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.csvRows;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.decide;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.decimal;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.enrol;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.enrolled;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.enrolment;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.hours;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.id;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.isNull;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.log;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.mentions;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.moved;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.objects;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.ok;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.otj;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.person;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.personIdOf;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.programme;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.programmeRequest;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.report;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.string;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.strings;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.to;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.today;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.transition;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.withdrawn;
import static city.academy.systemtests.api.apprenticeships.Apprenticeships.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import city.academy.systemtests.api.apprenticeships.Apprenticeships.Person;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The apprenticeship API as docs/apprenticeships.md describes it: academy admins set up programmes
 * and cohorts and enrol people; the status journey and the transitions it refuses; off-the-job
 * hours logged by the apprentice and decided by those allowed; progress reviews and the 84-day
 * rule; equality answers seen only by the person and academy admins; and each role seeing only its
 * own apprentices. Every test makes its own programme and cohort.
 */
@ExtendWith(PlatformExtension.class)
class ApprenticeshipsIT {

  private static final List<String> NOT_ADMINS = List.of("hr", "carehome.hr", "provider", "manager", "staff", "carehome.staff");

  private static int programmeCount() {
    Api.Reply reply = Api.get(API + "/programmes", as("admin"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().asJsonArray().size();
  }

  private static long cohortCount() {
    return count(ok(Api.get(API + "/cohorts?size=1", as("admin"))), "total");
  }

  private static long apprenticeCount(long cohortId) {
    return count(ok(Api.get(API + "/cohorts/" + cohortId + "/apprentices", as("admin"))), "total");
  }

  // ---------------------------------------------------------------- programmes and cohorts

  @Test
  void anAcademyAdminSetsUpAProgrammeAndACohortThatEveryoneSignedInCanList() {
    String code = Apprenticeships.newStandardCode();
    JsonObject programme = created(Api.post(API + "/programmes", as("admin"),
        programmeRequest(code, "Data Technician " + code, 3, 13, 280).build().toString()));
    assertThat(programme.getString("standardCode")).isEqualTo(code);
    assertThat(programme.getString("title")).isEqualTo("Data Technician " + code);
    assertThat(programme.getInt("level")).isEqualTo(3);
    assertThat(programme.getInt("durationMonths")).isEqualTo(13);
    assertThat(programme.getInt("minimumOtjHours")).isEqualTo(280);
    assertThat(count(programme, "cohorts")).isZero();

    Api.Reply listed = Api.get(API + "/programmes", as("staff"));
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    assertThat(listed.json().asJsonArray().getValuesAs(JsonObject.class)).extracting(p -> p.getString("standardCode")).contains(code);

    LocalDate start = today().minusDays(20);
    JsonObject cohort = created(Api.post(API + "/cohorts", as("admin"),
        cohortRequest(id(programme), "NGH", start, "NGH", "BWC").add("name", "Data Technician " + code + " January").build().toString()));
    assertThat(cohort.getString("name")).isEqualTo("Data Technician " + code + " January");
    assertThat(count(cohort, "programmeId")).isEqualTo(id(programme));
    assertThat(cohort.getString("standardCode")).isEqualTo(code);
    assertThat(cohort.getInt("level")).isEqualTo(3);
    assertThat(cohort.getString("providerCode")).isEqualTo("NGH");
    assertThat(cohort.getString("startDate")).isEqualTo(start.toString());
    assertThat(cohort.getString("academyContact")).isEqualTo("Alex Morgan");
    assertThat(strings(cohort, "employerCodes")).containsExactlyInAnyOrder("NGH", "BWC");
    assertThat(count(cohort, "apprentices")).isZero();

    JsonObject read = ok(Api.get(API + "/cohorts/" + id(cohort), as("admin")));
    assertThat(read.getString("name")).isEqualTo(cohort.getString("name"));
    assertThat(all(API + "/cohorts", as("admin"))).extracting(Apprenticeships::id).contains(id(cohort));
    JsonObject again = Api.get(API + "/programmes", as("admin")).json().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("standardCode").equals(code)).findFirst().orElseThrow();
    assertThat(count(again, "cohorts")).isEqualTo(1);
  }

  @Test
  void theEdgesOfTheFundingRulesAreAccepted() {
    assertThat(created(Api.post(API + "/programmes", as("admin"),
        programmeRequest(Apprenticeships.newStandardCode(), "Level 2 edge", 2, 8, 187).build().toString())).getInt("level")).isEqualTo(2);
    assertThat(created(Api.post(API + "/programmes", as("admin"),
        programmeRequest(Apprenticeships.newStandardCode(), "Level 7 edge", 7, 8, 187).build().toString())).getInt("level")).isEqualTo(7);
  }

  @Test
  void onlyAcademyAdminsSetUpProgrammesCohortsAndEnrolments() {
    int programmes = programmeCount();
    long cohorts = cohortCount();
    JsonObject cohort = cohort(today().minusDays(10), "NGH");
    Person someone = person("NGH");
    for (String login : NOT_ADMINS) {
      assertProblem(Api.post(API + "/programmes", as(login),
          programmeRequest(Apprenticeships.newStandardCode(), "Not mine", 4, 12, 400).build().toString()), 403);
      assertProblem(Api.post(API + "/cohorts", as(login),
          cohortRequest(cohort.getJsonNumber("programmeId").longValue(), "NGH", today(), "NGH").build().toString()), 403);
      assertProblem(Api.post(API + "/cohorts/" + id(cohort) + "/apprentices", as(login),
          enrolment(someone, today()).build().toString()), 403);
    }
    assertProblem(Api.post(API + "/programmes", someone.token(),
        programmeRequest(Apprenticeships.newStandardCode(), "Not mine", 4, 12, 400).build().toString()), 403);
    assertThat(programmeCount()).as("one programme more: the test's own").isEqualTo(programmes + 1);
    assertThat(cohortCount()).as("one cohort more: the test's own").isEqualTo(cohorts + 1);
    assertThat(apprenticeCount(id(cohort))).isZero();
  }

  @Test
  void badProgrammesAreRefusedAndChangeNothing() {
    String code = Apprenticeships.newStandardCode();
    created(Api.post(API + "/programmes", as("admin"), programmeRequest(code, "First of its code", 4, 12, 400).build().toString()));
    int before = programmeCount();
    String admin = as("admin");
    List<JsonObjectBuilder> bad = List.of(
        programmeRequest(Apprenticeships.newStandardCode(), "  ", 4, 12, 400),
        programmeRequest(Apprenticeships.newStandardCode(), "Level one", 1, 12, 400),
        programmeRequest(Apprenticeships.newStandardCode(), "Level eight", 8, 12, 400),
        programmeRequest(Apprenticeships.newStandardCode(), "Seven months", 4, 7, 400),
        programmeRequest(Apprenticeships.newStandardCode(), "Too few hours", 4, 12, 186),
        programmeRequest(Apprenticeships.newStandardCode(), "No level", 4, 12, 400).remove("level"),
        programmeRequest(Apprenticeships.newStandardCode(), "No title", 4, 12, 400).remove("title"),
        programmeRequest(" ", "No code", 4, 12, 400));
    for (JsonObjectBuilder request : bad) {
      String body = request.build().toString();
      Api.Reply reply = Api.post(API + "/programmes", admin, body);
      assertProblem(reply, 400);
    }
    Api.Reply duplicate = Api.post(API + "/programmes", admin, programmeRequest(code, "Second of its code", 4, 12, 400).build().toString());
    assertProblem(duplicate, 409);
    assertProblem(Api.send("POST", API + "/programmes", admin, "application/json", "{\"standardCode\":"), 400);
    assertThat(programmeCount()).as("nothing written by the refused requests").isEqualTo(before);
  }

  @Test
  void badCohortsAreRefusedAndChangeNothing() {
    long programmeId = id(programme());
    long before = cohortCount();
    String admin = as("admin");
    assertProblem(Api.post(API + "/cohorts", admin, cohortRequest(999_999_999L, "NGH", today(), "NGH").build().toString()), 404);
    assertProblem(Api.post(API + "/cohorts", admin, cohortRequest(programmeId, "NGH", today()).build().toString()), 400);
    assertProblem(Api.post(API + "/cohorts", admin, cohortRequest(programmeId, "NGH", today()).remove("employerCodes").build().toString()), 400);
    assertProblem(Api.post(API + "/cohorts", admin, cohortRequest(programmeId, "NGH", today(), "NGH", "ZZZ").build().toString()), 400);
    assertProblem(Api.post(API + "/cohorts", admin, cohortRequest(programmeId, "ZZZ", today(), "NGH").build().toString()), 400);
    assertProblem(Api.post(API + "/cohorts", admin, cohortRequest(programmeId, "NGH", today(), "NGH").add("name", " ").build().toString()), 400);
    assertProblem(Api.post(API + "/cohorts", admin,
        cohortRequest(programmeId, "NGH", today(), "NGH").add("startDate", "2026-02-30").build().toString()), 400);
    assertThat(cohortCount()).as("nothing written by the refused requests").isEqualTo(before);
    assertProblem(Api.get(API + "/cohorts/999999999", admin), 404);
  }

  @Test
  void theReferenceListsNameEveryCode() {
    String staff = as("staff");
    assertThat(codes("withdrawal-reasons", staff)).containsExactlyInAnyOrder("LEFT_EMPLOYER", "CHANGED_CAREER", "HEALTH", "PERSONAL",
        "WORKLOAD", "PROGRAMME_NOT_SUITABLE", "TRANSFERRED_PROVIDER", "DISMISSED", "OTHER");
    assertThat(codes("statuses", staff)).containsExactlyInAnyOrder("ACTIVE", "BREAK_IN_LEARNING", "WITHDRAWN", "GATEWAY",
        "END_POINT_ASSESSMENT", "COMPLETED", "ACHIEVED", "FAILED");
    assertThat(codes("grades", staff)).containsExactlyInAnyOrder("PASS", "MERIT", "DISTINCTION");
    assertThat(codes("activities", staff)).containsExactlyInAnyOrder("TAUGHT_SESSION", "SELF_STUDY", "MENTORING", "SHADOWING",
        "PROJECT", "ONLINE_LEARNING", "ASSIGNMENT", "INDUSTRY_VISIT");
    assertThat(codes("ethnicity", staff)).contains("WHITE", "MIXED", "ASIAN", "BLACK", "OTHER");
    assertThat(codes("sex", staff)).contains("FEMALE", "MALE");
    assertThat(codes("disability", staff)).contains("YES", "NO");
    assertThat(codes("deprivation-decile", staff)).contains("1", "10");
    assertProblem(Api.get(API + "/reference/nonsense", staff), 404);
  }

  private static List<String> codes(String list, String token) {
    Api.Reply reply = Api.get(API + "/reference/" + list, token);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    List<JsonObject> items = reply.json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(items).allSatisfy(i -> assertThat(i.getString("label")).isNotBlank());
    return items.stream().map(i -> i.getString("code")).toList();
  }

  // ---------------------------------------------------------------- enrolment

  @Test
  void anAdminEnrolsPeopleFromTwoEmployers() {
    JsonObject programme = programme(14, 450);
    LocalDate cohortStart = today().minusDays(40);
    JsonObject cohort = cohort(id(programme), "NGH", cohortStart, "NGH", "BWC");
    Person nurse = person("NGH");
    Person carer = person("BWC");

    JsonObject first = enrolled(id(cohort), nurse, cohortStart);
    assertThat(first.getString("personId")).isEqualTo(nurse.personId());
    assertThat(first.getString("personName")).isNotBlank();
    assertThat(first.getString("employerCode")).isEqualTo("NGH");
    assertThat(count(first, "cohortId")).isEqualTo(id(cohort));
    assertThat(first.getString("standardCode")).isEqualTo(programme.getString("standardCode"));
    assertThat(first.getString("startDate")).isEqualTo(cohortStart.toString());
    assertThat(first.getString("plannedEndDate")).as("default: start + the programme's months").isEqualTo(cohortStart.plusMonths(14).toString());
    assertThat(first.getInt("plannedOtjHours")).as("default: the programme's minimum").isEqualTo(450);
    assertThat(string(first, "lineManagerPersonId")).as("the line manager of the post, from the passport").isEqualTo(nurse.lineManagerPersonId());
    assertThat(first.getString("status")).isEqualTo("ACTIVE");
    assertThat(first.getString("statusSince")).isEqualTo(cohortStart.toString());
    assertThat(objects(first, "history")).hasSize(1);
    assertThat(objects(first, "history").get(0).getString("status")).isEqualTo("ACTIVE");
    assertThat(objects(first, "history").get(0).getString("effectiveOn")).isEqualTo(cohortStart.toString());
    assertThat(first.getJsonObject("otj").getInt("plannedHours")).isEqualTo(450);
    assertThat(decimal(first.getJsonObject("otj"), "confirmedHours")).isEqualByComparingTo(BigDecimal.ZERO);

    LocalDate later = cohortStart.plusDays(5);
    JsonObject second = enrolled(id(cohort), enrolment(carer, later).add("plannedEndDate", later.plusMonths(8).toString())
        .add("plannedOtjHours", 500).add("lineManagerPersonId", personIdOf("carehome.hr")));
    assertThat(second.getString("employerCode")).isEqualTo("BWC");
    assertThat(second.getString("plannedEndDate")).isEqualTo(later.plusMonths(8).toString());
    assertThat(second.getInt("plannedOtjHours")).isEqualTo(500);
    assertThat(second.getString("lineManagerPersonId")).isEqualTo(personIdOf("carehome.hr"));

    assertThat(apprenticeCount(id(cohort))).isEqualTo(2);
    assertThat(count(ok(Api.get(API + "/cohorts/" + id(cohort), as("admin"))), "apprentices")).isEqualTo(2);
    assertThat(apprentice(id(second)).getString("personId")).isEqualTo(carer.personId());
  }

  @Test
  void badEnrolmentsAreRefusedAndWriteNothing() {
    LocalDate cohortStart = today().minusDays(30);
    JsonObject cohort = cohort(cohortStart, "NGH", "BWC");
    long cohortId = id(cohort);
    Person nurse = person("NGH");
    enrolled(cohortId, nurse, cohortStart);

    Person notAtBwc = person("NGH");
    while (notAtBwc.worksAt("BWC")) {
      notAtBwc = person("NGH");
    }
    Api.Reply elsewhere = enrol(cohortId, enrolment(notAtBwc, cohortStart).add("employerCode", "BWC"));
    assertThat(elsewhere.status()).as("a person who does not work at the employer: " + elsewhere).isIn(400, 409);
    assertThat(elsewhere.isProblem()).isTrue();

    Person atRiverside = person("RCT");
    assertRefused(enrol(cohortId, enrolment(atRiverside, cohortStart)), 400, 409);
    assertProblem(enrol(cohortId, enrolment(nurse, cohortStart)), 409);

    Person other = person("NGH");
    assertProblem(enrol(cohortId, enrolment(other, cohortStart.minusDays(1))), 400);
    assertProblem(enrol(cohortId, enrolment(other, cohortStart).add("plannedEndDate", cohortStart.plusMonths(8).minusDays(1).toString())), 400);
    assertProblem(enrol(cohortId, enrolment(other, cohortStart).add("plannedOtjHours", 399)), 400);
    assertProblem(enrol(cohortId, enrolment(other, cohortStart).add("startDate", "1st of March")), 400);
    assertRefused(enrol(cohortId, enrolment(other, cohortStart).add("personId", "OWA-00000000")), 400, 404);
    assertProblem(enrol(999_999_999L, enrolment(other, cohortStart)), 404);

    assertThat(apprenticeCount(cohortId)).as("only the first enrolment was written").isEqualTo(1);
    List<JsonObject> listed = all(API + "/cohorts/" + cohortId + "/apprentices", as("admin"));
    assertThat(listed).extracting(a -> a.getString("personId")).containsExactly(nurse.personId());

    // the edges are accepted: on the cohort's start, exactly 8 months, exactly the minimum hours
    JsonObject edge = enrolled(cohortId, enrolment(other, cohortStart).add("plannedEndDate", cohortStart.plusMonths(8).toString())
        .add("plannedOtjHours", 400));
    assertThat(edge.getString("plannedEndDate")).isEqualTo(cohortStart.plusMonths(8).toString());
  }

  // ---------------------------------------------------------------- the journey

  @Test
  void theWholeJourneyIsKeptStepByStepWithItsDates() {
    LocalDate s = today().minusDays(300);
    JsonObject cohort = cohort(s, "NGH");
    long id = id(enrolled(id(cohort), person("NGH"), s));

    JsonObject onBreak = moved(id, to("BREAK_IN_LEARNING", s.plusDays(30)).add("plannedReturn", s.plusDays(60).toString()));
    assertThat(onBreak.getString("status")).isEqualTo("BREAK_IN_LEARNING");
    assertThat(onBreak.getString("statusSince")).isEqualTo(s.plusDays(30).toString());
    assertThat(string(onBreak, "plannedReturn")).isEqualTo(s.plusDays(60).toString());
    assertThat(moved(id, to("ACTIVE", s.plusDays(60))).getString("status")).isEqualTo("ACTIVE");
    moved(id, to("GATEWAY", s.plusDays(200)));
    moved(id, to("END_POINT_ASSESSMENT", s.plusDays(220)));
    moved(id, to("COMPLETED", s.plusDays(260)));
    JsonObject achieved = moved(id, to("ACHIEVED", s.plusDays(280)).add("grade", "MERIT"));
    assertThat(achieved.getString("status")).isEqualTo("ACHIEVED");
    assertThat(achieved.getString("grade")).isEqualTo("MERIT");

    JsonObject read = apprentice(id);
    assertThat(read.getString("status")).isEqualTo("ACHIEVED");
    assertThat(read.getString("statusSince")).isEqualTo(s.plusDays(280).toString());
    assertThat(read.getString("grade")).isEqualTo("MERIT");
    assertThat(read.getString("statusLabel")).isNotBlank();
    List<JsonObject> history = objects(read, "history");
    assertThat(history).extracting(h -> h.getString("status")).containsExactly("ACTIVE", "BREAK_IN_LEARNING", "ACTIVE", "GATEWAY",
        "END_POINT_ASSESSMENT", "COMPLETED", "ACHIEVED");
    assertThat(history).extracting(h -> h.getString("effectiveOn")).containsExactly(s.toString(), s.plusDays(30).toString(),
        s.plusDays(60).toString(), s.plusDays(200).toString(), s.plusDays(220).toString(), s.plusDays(260).toString(),
        s.plusDays(280).toString());
    assertThat(string(history.get(1), "plannedReturn")).isEqualTo(s.plusDays(60).toString());
    assertThat(string(history.get(6), "grade")).isEqualTo("MERIT");
    assertThat(history.subList(0, 6)).allSatisfy(h -> assertThat(isNull(h, "grade")).isTrue());
  }

  @Test
  void aWithdrawalKeepsItsReasonAndIsFinal() {
    LocalDate s = today().minusDays(100);
    long id = id(enrolled(id(cohort(s, "NGH")), person("NGH"), s));
    moved(id, to("BREAK_IN_LEARNING", s.plusDays(10)).add("plannedReturn", today().plusDays(30).toString()));
    JsonObject gone = moved(id, to("WITHDRAWN", s.plusDays(20)).add("reasonCode", "HEALTH"));
    assertThat(gone.getString("status")).isEqualTo("WITHDRAWN");
    assertThat(gone.getString("withdrawalReason")).isEqualTo("HEALTH");
    JsonObject last = objects(apprentice(id), "history").get(2);
    assertThat(last.getString("reasonCode")).isEqualTo("HEALTH");
    assertThat(last.getString("reasonLabel")).isNotBlank();

    for (JsonObjectBuilder after : List.of(to("ACTIVE", today()), to("GATEWAY", today()),
        to("BREAK_IN_LEARNING", today()).add("plannedReturn", today().plusDays(9).toString()),
        to("WITHDRAWN", today()).add("reasonCode", "OTHER"), to("COMPLETED", today()))) {
      refusedAndUnchanged(id, after, 409);
    }
  }

  @Test
  void transitionsThatMakeNoSenseOrAreMalformedAreRefusedAndWriteNothing() {
    LocalDate s = today().minusDays(200);
    JsonObject cohort = cohort(s, "NGH");
    long active = id(enrolled(id(cohort), person("NGH"), s.plusDays(10)));

    // 409: not a step from here
    refusedAndUnchanged(active, to("ACHIEVED", today()).add("grade", "PASS"), 409);
    refusedAndUnchanged(active, to("ACTIVE", today()), 409);
    refusedAndUnchanged(active, to("COMPLETED", today()), 409);
    refusedAndUnchanged(active, to("FAILED", today()), 409);
    refusedAndUnchanged(active, to("GATEWAY", s.plusDays(9)), 409);
    // 400: malformed
    refusedAndUnchanged(active, to("ON_HOLIDAY", today()), 400);
    refusedAndUnchanged(active, Json.createObjectBuilder().add("effectiveOn", today().toString()), 400);
    refusedAndUnchanged(active, to("WITHDRAWN", today()), 400);
    refusedAndUnchanged(active, to("WITHDRAWN", today()).add("reasonCode", "BORED"), 400);
    refusedAndUnchanged(active, to("GATEWAY", today().plusDays(1)), 400);
    refusedAndUnchanged(active, to("GATEWAY", today()).add("effectiveOn", "2026-13-01"), 400);
    refusedAndUnchanged(active, to("GATEWAY", today()).add("effectiveOn", "yesterday"), 400);
    refusedAndUnchanged(active, to("GATEWAY", today()).add("grade", "PASS"), 400);
    refusedAndUnchanged(active, to("BREAK_IN_LEARNING", today().minusDays(5)), 400);
    refusedAndUnchanged(active, to("BREAK_IN_LEARNING", today().minusDays(5)).add("plannedReturn", today().minusDays(5).toString()), 400);
    refusedAndUnchanged(active, to("BREAK_IN_LEARNING", today().minusDays(5)).add("plannedReturn", "soon"), 400);

    long completed = id(enrolled(id(cohort), person("NGH"), s));
    Apprenticeships.toCompleted(completed, today().minusDays(3));
    refusedAndUnchanged(completed, to("ACHIEVED", today()), 400);
    refusedAndUnchanged(completed, to("ACHIEVED", today()).add("grade", "SUPERB"), 400);
    refusedAndUnchanged(completed, to("FAILED", today()).add("grade", "PASS"), 400);
    refusedAndUnchanged(completed, to("ACHIEVED", today().minusDays(4)).add("grade", "PASS"), 409);
    refusedAndUnchanged(completed, to("ACTIVE", today()), 409);
    refusedAndUnchanged(completed, to("WITHDRAWN", today()).add("reasonCode", "OTHER"), 409);
    refusedAndUnchanged(completed, to("BREAK_IN_LEARNING", today()).add("plannedReturn", today().plusDays(9).toString()), 409);

    // a break leads back to learning or out, nowhere else
    long resting = id(enrolled(id(cohort), person("NGH"), s));
    moved(resting, to("BREAK_IN_LEARNING", today().minusDays(3)).add("plannedReturn", today().plusDays(30).toString()));
    refusedAndUnchanged(resting, to("GATEWAY", today()), 409);
    refusedAndUnchanged(resting, to("BREAK_IN_LEARNING", today()).add("plannedReturn", today().plusDays(40).toString()), 409);
    refusedAndUnchanged(resting, to("ACTIVE", today().minusDays(4)), 409);
    // gateway goes on to assessment or out, not back
    long atGateway = id(enrolled(id(cohort), person("NGH"), s));
    moved(atGateway, to("GATEWAY", today().minusDays(3)));
    refusedAndUnchanged(atGateway, to("ACTIVE", today()), 409);
    refusedAndUnchanged(atGateway, to("COMPLETED", today()), 409);

    // only academy admins move apprentices
    for (String login : NOT_ADMINS) {
      JsonObject before = apprentice(active);
      assertRefused(Api.post(API + "/apprentices/" + active + "/transitions", as(login), to("GATEWAY", today()).build().toString()), 403, 404);
      assertThat(apprentice(active).getJsonArray("history")).isEqualTo(before.getJsonArray("history"));
    }
    assertProblem(transition(999_999_999L, to("GATEWAY", today())), 404);
  }

  private static void refusedAndUnchanged(long id, JsonObjectBuilder request, int status) {
    JsonObject before = apprentice(id);
    String body = request.build().toString();
    Api.Reply reply = Api.post(API + "/apprentices/" + id + "/transitions", as("admin"), body);
    assertThat(reply.status()).as(body + " -> " + reply).isEqualTo(status);
    assertThat(reply.isProblem()).as(reply.toString()).isTrue();
    JsonObject after = apprentice(id);
    assertThat(after.getString("status")).as("status after " + body).isEqualTo(before.getString("status"));
    assertThat(after.getString("statusSince")).isEqualTo(before.getString("statusSince"));
    assertThat(after.getJsonArray("history")).as("history after " + body).isEqualTo(before.getJsonArray("history"));
  }

  // ---------------------------------------------------------------- off-the-job hours

  @Test
  void theApprenticeLogsHoursAndThoseAllowedDecideThem() {
    LocalDate s = today().minusDays(30);
    Person learner = person("NGH");
    long id = id(enrolled(id(cohort(s, "NGH")), enrolment(learner, s).add("lineManagerPersonId", personIdOf("manager"))));
    String own = learner.token();

    JsonObject entry = created(log(id, own, hours(today().minusDays(1), "3", "SELF_STUDY")));
    assertThat(entry.getString("state")).isEqualTo("PENDING");
    assertThat(decimal(entry, "hours")).isEqualByComparingTo("3");
    assertThat(entry.getString("activity")).isEqualTo("SELF_STUDY");
    JsonObject progress = otj(id).getJsonObject("progress");
    assertThat(decimal(progress, "pendingHours")).isEqualByComparingTo("3");
    assertThat(decimal(progress, "confirmedHours")).isEqualByComparingTo("0");

    // nobody confirms their own; another employer's HR, a colleague and unknown entries are refused
    assertProblem(decide(id, id(entry), own, true, null), 403);
    assertProblem(decide(id, id(entry), as("carehome.hr"), true, null), 403);
    assertProblem(decide(id, id(entry), as("staff"), true, null), 403);
    assertProblem(decide(id, id(entry), Apprenticeships.providerOf("BWC"), true, null), 403);
    assertRefused(decide(id, 999_999_999L, as("manager"), true, null), 404);
    assertThat(decimal(otj(id).getJsonObject("progress"), "pendingHours")).isEqualByComparingTo("3");

    JsonObject confirmed = ok(decide(id, id(entry), as("manager"), true, null));
    assertThat(confirmed.getString("state")).isEqualTo("CONFIRMED");
    progress = otj(id).getJsonObject("progress");
    assertThat(decimal(progress, "confirmedHours")).isEqualByComparingTo("3");
    assertThat(decimal(progress, "pendingHours")).isEqualByComparingTo("0");
    assertProblem(decide(id, id(entry), as("manager"), true, null), 409);
    assertProblem(decide(id, id(entry), as("admin"), false, "Changed my mind"), 409);

    // a rejection needs a note, and is not counted
    JsonObject second = created(log(id, own, hours(today().minusDays(2), "2", "MENTORING")));
    assertProblem(decide(id, id(second), as("manager"), false, null), 400);
    assertProblem(decide(id, id(second), as("manager"), false, "   "), 400);
    assertProblem(decide(id, id(second), as("manager"), null, null), 400);
    assertThat(otj(id).getJsonArray("entries").getValuesAs(JsonObject.class).stream()
        .filter(e -> id(e) == id(second)).findFirst().orElseThrow().getString("state")).isEqualTo("PENDING");
    JsonObject rejected = ok(decide(id, id(second), as("manager"), false, "That was a team meeting"));
    assertThat(rejected.getString("state")).isEqualTo("REJECTED");
    assertThat(rejected.getString("decisionNote")).isEqualTo("That was a team meeting");
    assertProblem(decide(id, id(second), as("manager"), true, null), 409);

    // the employer's HR admin, the cohort's provider and academy admins decide too
    JsonObject third = created(log(id, own, hours(today().minusDays(3), "1.5", "ONLINE_LEARNING")));
    JsonObject fourth = created(log(id, own, hours(today().minusDays(3), "2.5", "PROJECT")));
    JsonObject fifth = created(log(id, own, hours(today().minusDays(4), "1", "ASSIGNMENT")));
    assertThat(ok(decide(id, id(third), as("hr"), true, null)).getString("state")).isEqualTo("CONFIRMED");
    assertThat(ok(decide(id, id(fourth), as("provider"), true, null)).getString("state")).isEqualTo("CONFIRMED");
    assertThat(ok(decide(id, id(fifth), as("admin"), true, null)).getString("state")).isEqualTo("CONFIRMED");

    JsonObject log = otj(id);
    assertThat(decimal(log.getJsonObject("progress"), "confirmedHours")).isEqualByComparingTo("8");
    assertThat(decimal(log.getJsonObject("progress"), "pendingHours")).isEqualByComparingTo("0");
    assertThat(objects(log, "entries")).hasSize(5);
    JsonObject own2 = ok(Api.get(API + "/apprentices/" + id + "/otj", own));
    assertThat(objects(own2, "entries")).hasSize(5);
  }

  @Test
  void badHoursAreRefusedAndWriteNothing() {
    LocalDate s = today().minusDays(20);
    Person learner = person("NGH");
    long id = id(enrolled(id(cohort(s, "NGH")), enrolment(learner, s).add("lineManagerPersonId", personIdOf("manager"))));
    String own = learner.token();
    LocalDate day = today().minusDays(2);
    created(log(id, own, hours(day, "20", "TAUGHT_SESSION")));

    assertProblem(log(id, own, hours(day.minusDays(1), "0", "SELF_STUDY")), 400);
    assertProblem(log(id, own, hours(day.minusDays(1), "-2", "SELF_STUDY")), 400);
    assertProblem(log(id, own, hours(day.minusDays(1), "25", "SELF_STUDY")), 400);
    assertProblem(log(id, own, hours(day, "5", "SELF_STUDY")), 400);
    assertProblem(log(id, own, hours(s.minusDays(1), "2", "SELF_STUDY")), 400);
    assertProblem(log(id, own, hours(today().plusDays(1), "2", "SELF_STUDY")), 400);
    assertProblem(log(id, own, hours(day.minusDays(1), "2", "KNITTING")), 400);
    assertProblem(log(id, own, hours(day.minusDays(1), "2", "SELF_STUDY").add("date", "31/12/2026")), 400);
    assertProblem(log(id, own, hours(day.minusDays(1), "2", "SELF_STUDY").remove("hours")), 400);
    // only the apprentice logs their hours
    assertRefused(log(id, as("manager"), hours(day.minusDays(1), "2", "SELF_STUDY")), 403);
    assertRefused(log(id, as("admin"), hours(day.minusDays(1), "2", "SELF_STUDY")), 403);
    assertRefused(log(id, person("NGH").token(), hours(day.minusDays(1), "2", "SELF_STUDY")), 403, 404);

    JsonObject log = otj(id);
    assertThat(objects(log, "entries")).as("only the first entry was written").hasSize(1);
    assertThat(decimal(log.getJsonObject("progress"), "pendingHours")).isEqualByComparingTo("20");

    // up to 24 on a day is fine
    created(log(id, own, hours(day, "4", "SELF_STUDY")));
    assertProblem(log(id, own, hours(day, "0.5", "SELF_STUDY")), 400);
    assertThat(objects(otj(id), "entries")).hasSize(2);

    // nothing more once withdrawn
    withdrawn(id, today().minusDays(1), "WORKLOAD");
    assertProblem(log(id, own, hours(today(), "1", "SELF_STUDY")), 400);
    assertThat(objects(otj(id), "entries")).hasSize(2);
  }

  @Test
  void noHoursAreLoggedOnceTheApprenticeshipIsFinished() {
    LocalDate s = today().minusDays(300);
    Person learner = person("NGH");
    long id = id(enrolled(id(cohort(s, "NGH")), learner, s));
    Apprenticeships.toCompleted(id, today().minusDays(5));
    assertProblem(log(id, learner.token(), hours(today().minusDays(1), "1", "SELF_STUDY")), 400);
    assertThat(objects(otj(id), "entries")).isEmpty();
  }

  @Test
  void theDemoApprenticeLogsHoursAndTheirLineManagerConfirmsThem() {
    String own = as("apprentice");
    Api.Reply mine = Api.get(API + "/apprentices/mine", own);
    assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
    List<JsonObject> apprenticeships = mine.json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(apprenticeships).hasSize(1);
    JsonObject me = apprenticeships.get(0);
    assertThat(me.getString("cohortName")).startsWith("Data Analyst L4");
    assertThat(me.getString("employerCode")).isEqualTo("NGH");
    assertThat(me.getString("personId")).isEqualTo(personIdOf("apprentice"));
    assertThat(me.getString("lineManagerPersonId")).isEqualTo(personIdOf("manager"));
    long id = id(me);

    Api.Reply managed = Api.get(API + "/apprentices/managed", as("manager"));
    assertThat(managed.status()).as(managed.toString()).isEqualTo(200);
    assertThat(managed.json().asJsonArray().getValuesAs(JsonObject.class)).extracting(Apprenticeships::id).contains(id);

    JsonObject before = ok(Api.get(API + "/apprentices/" + id + "/otj", own)).getJsonObject("progress");
    LocalDate day = today().minusDays(1);
    JsonObject entry = created(log(id, own, hours(day, "1.5", "ONLINE_LEARNING")));
    assertThat(entry.getString("state")).isEqualTo("PENDING");
    JsonObject pending = ok(Api.get(API + "/apprentices/" + id + "/otj", own)).getJsonObject("progress");
    assertThat(decimal(pending, "pendingHours")).isEqualByComparingTo(decimal(before, "pendingHours").add(new BigDecimal("1.5")));

    assertProblem(decide(id, id(entry), own, true, null), 403);
    assertProblem(decide(id, id(entry), as("carehome.hr"), true, null), 403);
    assertThat(ok(decide(id, id(entry), as("manager"), true, null)).getString("state")).isEqualTo("CONFIRMED");
    JsonObject after = ok(Api.get(API + "/apprentices/" + id + "/otj", own)).getJsonObject("progress");
    assertThat(decimal(after, "confirmedHours")).isEqualByComparingTo(decimal(before, "confirmedHours").add(new BigDecimal("1.5")));
    assertThat(decimal(after, "pendingHours")).isEqualByComparingTo(decimal(before, "pendingHours"));
    assertProblem(decide(id, id(entry), as("manager"), true, null), 409);

    // their own record and reviews; nobody else's
    assertThat(ok(Api.get(API + "/apprentices/" + id, own)).getString("personId")).isEqualTo(personIdOf("apprentice"));
    assertThat(Api.get(API + "/apprentices/" + id + "/reviews", own).status()).isEqualTo(200);
    assertProblem(Api.post(API + "/apprentices/" + id + "/reviews", own, review(today(), "Me").build().toString()), 403);
    assertProblem(Api.get(API + "/cohorts/" + me.getJsonNumber("cohortId").longValue() + "/report", own), 403);
  }

  // ---------------------------------------------------------------- reviews

  private static JsonObjectBuilder review(LocalDate on, String attendees) {
    return Json.createObjectBuilder().add("date", on.toString()).add("attendees", attendees).add("notes", "Progress on the portfolio");
  }

  @Test
  void reviewsAreRecordedByTheLineManagerAndAdminsAndClearTheOverdueFlag() {
    LocalDate cohortStart = today().minusDays(120);
    JsonObject cohort = cohort(cohortStart, "NGH", "BWC");
    Person learner = person("NGH");
    LocalDate start = today().minusDays(100);
    long id = id(enrolled(id(cohort), enrolment(learner, start).add("lineManagerPersonId", personIdOf("manager"))));

    JsonObject fresh = apprentice(id);
    assertThat(fresh.getBoolean("reviewOverdue")).as("100 days since the start, no review").isTrue();
    assertThat(isNull(fresh, "lastReviewOn")).isTrue();
    assertThat(fresh.getString("reviewDueBy")).isEqualTo(start.plusDays(84).toString());

    assertProblem(Api.post(API + "/apprentices/" + id + "/reviews", learner.token(), review(today(), "Me").build().toString()), 403);
    assertProblem(Api.post(API + "/apprentices/" + id + "/reviews", as("carehome.hr"), review(today(), "Them").build().toString()), 403);
    assertProblem(Api.post(API + "/apprentices/" + id + "/reviews", as("staff"), review(today(), "Them").build().toString()), 403);
    assertProblem(Api.post(API + "/apprentices/" + id + "/reviews", as("manager"), review(today().plusDays(1), "Tomorrow").build().toString()), 400);
    assertProblem(Api.post(API + "/apprentices/" + id + "/reviews", as("manager"), review(start.minusDays(1), "Before").build().toString()), 400);
    assertProblem(Api.post(API + "/apprentices/" + id + "/reviews", as("manager"),
        review(today(), "Bad date").add("date", "next week").build().toString()), 400);
    assertThat(ok(Api.get(API + "/apprentices/" + id, as("admin"))).getBoolean("reviewOverdue")).isTrue();
    assertThat(Api.get(API + "/apprentices/" + id + "/reviews", as("admin")).json().asJsonArray()).isEmpty();

    JsonObject byManager = created(Api.post(API + "/apprentices/" + id + "/reviews", as("manager"),
        review(today().minusDays(90), "Apprentice, line manager").build().toString()));
    assertThat(byManager.getString("date")).isEqualTo(today().minusDays(90).toString());
    assertThat(byManager.getString("attendees")).isEqualTo("Apprentice, line manager");
    assertThat(apprentice(id).getBoolean("reviewOverdue")).as("a review 90 days ago: overdue again").isTrue();

    created(Api.post(API + "/apprentices/" + id + "/reviews", as("hr"), review(today().minusDays(60), "Apprentice, HR").build().toString()));
    created(Api.post(API + "/apprentices/" + id + "/reviews", as("provider"), review(today().minusDays(30), "Apprentice, tutor").build().toString()));
    created(Api.post(API + "/apprentices/" + id + "/reviews", as("admin"), review(today(), "Apprentice, tutor").build().toString()));
    JsonObject reviewed = apprentice(id);
    assertThat(reviewed.getBoolean("reviewOverdue")).isFalse();
    assertThat(reviewed.getString("lastReviewOn")).isEqualTo(today().toString());
    assertThat(reviewed.getString("reviewDueBy")).isEqualTo(today().plusDays(84).toString());
    Api.Reply list = Api.get(API + "/apprentices/" + id + "/reviews", learner.token());
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    assertThat(list.json().asJsonArray()).hasSize(4);
  }

  @Test
  void aReviewIsOverdueAfterMoreThanEightyFourDaysInLearningOnly() {
    JsonObject cohort = cohort(today().minusDays(200), "NGH");
    long exactly84 = id(enrolled(id(cohort), person("NGH"), today().minusDays(84)));
    long days85 = id(enrolled(id(cohort), person("NGH"), today().minusDays(85)));
    long onBreak = id(enrolled(id(cohort), person("NGH"), today().minusDays(150)));
    moved(onBreak, to("BREAK_IN_LEARNING", today().minusDays(10)).add("plannedReturn", today().plusDays(20).toString()));
    long atGateway = id(enrolled(id(cohort), person("NGH"), today().minusDays(150)));
    moved(atGateway, to("GATEWAY", today().minusDays(10)));
    long gone = id(enrolled(id(cohort), person("NGH"), today().minusDays(150)));
    withdrawn(gone, today().minusDays(10), "PERSONAL");

    assertThat(apprentice(exactly84).getBoolean("reviewOverdue")).as("84 days: not yet").isFalse();
    assertThat(apprentice(days85).getBoolean("reviewOverdue")).as("85 days").isTrue();
    assertThat(apprentice(onBreak).getBoolean("reviewOverdue")).as("on a break: not in learning").isFalse();
    assertThat(apprentice(atGateway).getBoolean("reviewOverdue")).as("at gateway: in learning").isTrue();
    assertThat(apprentice(gone).getBoolean("reviewOverdue")).as("withdrawn").isFalse();
  }

  // ---------------------------------------------------------------- who sees what

  @Test
  void anHrAdminSeesOnlyTheirOwnOrganisationsApprentices() {
    LocalDate s = today().minusDays(30);
    JsonObject cohort = cohort(s, "NGH", "BWC");
    long cohortId = id(cohort);
    Person n1 = person("NGH");
    Person n2 = person("NGH");
    Person b1 = person("BWC");
    long a1 = id(enrolled(cohortId, n1, s));
    long a2 = id(enrolled(cohortId, n2, s));
    long ab = id(enrolled(cohortId, b1, s));
    JsonObject notOurs = cohort(id(programme()), "BWC", s, "BWC");

    String hr = as("hr");
    List<JsonObject> listed = all(API + "/cohorts/" + cohortId + "/apprentices", hr);
    assertThat(listed).extracting(Apprenticeships::id).containsExactlyInAnyOrder(a1, a2);
    assertThat(count(ok(Api.get(API + "/cohorts/" + cohortId + "/apprentices", hr)), "total")).isEqualTo(2);
    List<JsonObject> ngh = all(API + "/apprentices?employer=NGH", hr);
    assertThat(ngh).extracting(a -> a.getString("employerCode")).containsOnly("NGH");
    assertThat(ngh).extracting(Apprenticeships::id).contains(a1, a2).doesNotContain(ab);
    assertProblem(Api.get(API + "/apprentices?employer=BWC", hr), 403);
    assertRefused(Api.get(API + "/apprentices/" + ab, hr), 403, 404);
    assertRefused(Api.get(API + "/apprentices/" + ab + "/otj", hr), 403, 404);
    assertRefused(Api.get(API + "/apprentices/" + ab + "/reviews", hr), 403, 404);
    assertThat(ok(Api.get(API + "/apprentices/" + a1, hr)).getString("personId")).isEqualTo(n1.personId());
    assertThat(all(API + "/cohorts", hr)).extracting(Apprenticeships::id).contains(cohortId).doesNotContain(id(notOurs));

    JsonObject report = report(cohortId, hr);
    assertThat(strings(report, "employerScope")).containsExactly("NGH");
    assertThat(count(report.getJsonObject("summary"), "apprentices")).isEqualTo(2);
    assertThat(objects(report, "byEmployer")).extracting(r -> r.getString("key")).containsExactly("NGH");

    Api.Reply hrCsv = csv(API + "/cohorts/" + cohortId + "/report/csv", hr);
    assertThat(hrCsv.status()).as(hrCsv.toString()).isEqualTo(200);
    assertThat(hrCsv.contentType()).startsWith("text/csv");
    assertThat(csvRows(hrCsv.text())).hasSize(2);
    String ourName = apprentice(a1).getString("personName");
    String theirName = apprentice(ab).getString("personName");
    assertThat(hrCsv.text()).contains(ourName);
    if (!theirName.equals(ourName) && !theirName.equals(apprentice(a2).getString("personName"))) {
      assertThat(hrCsv.text()).doesNotContain(theirName);
      Map<String, List<List<String>>> sheets = xlsx(API + "/cohorts/" + cohortId + "/report/xlsx", hr);
      assertThat(mentions(sheets, ourName)).as("hr's spreadsheet names their own apprentice").isTrue();
      assertThat(mentions(sheets, theirName)).as("hr's spreadsheet names no care home apprentice").isFalse();
    }
    String header = hrCsv.text().lines().findFirst().orElse("").toLowerCase();
    assertThat(header).as("no one's equality answers in an employer's CSV").doesNotContain("ethnic").doesNotContain("disab");

    String careHr = as("carehome.hr");
    assertThat(all(API + "/cohorts/" + cohortId + "/apprentices", careHr)).extracting(Apprenticeships::id).containsExactly(ab);
    assertThat(strings(report(cohortId, careHr), "employerScope")).containsExactly("BWC");
    assertProblem(Api.get(API + "/apprentices?employer=NGH", careHr), 403);
    assertRefused(Api.get(API + "/apprentices/" + a1, careHr), 403, 404);

    // an HR admin of an organisation outside the cohort sees nothing of it
    String rct = Apprenticeships.hrAdminOf("RCT");
    assertRefused(Api.get(API + "/cohorts/" + cohortId + "/apprentices", rct), 403, 404);
    assertRefused(Api.get(API + "/cohorts/" + cohortId + "/report", rct), 403, 404);
    assertRefused(Api.get(API + "/apprentices/" + a1, rct), 403, 404);
    assertThat(all(API + "/cohorts", rct)).extracting(Apprenticeships::id).doesNotContain(cohortId);
  }

  @Test
  void staffManagersProvidersAndApprenticesSeeWhatIsTheirs() {
    LocalDate s = today().minusDays(30);
    long cohortId = id(cohort(s, "NGH", "BWC"));
    Person managed = person("NGH");
    Person other = person("NGH");
    long a1 = id(enrolled(cohortId, enrolment(managed, s).add("lineManagerPersonId", personIdOf("manager"))));
    JsonObject second = enrolled(cohortId, other, s);
    long a2 = id(second);
    long ab = id(enrolled(cohortId, person("BWC"), s));

    // line manager: the apprentices they manage
    List<JsonObject> mine = Api.get(API + "/apprentices/managed", as("manager")).json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(mine).extracting(Apprenticeships::id).contains(a1).doesNotContain(ab);
    assertThat(ok(Api.get(API + "/apprentices/" + a1, as("manager"))).getString("personId")).isEqualTo(managed.personId());
    if (!personIdOf("manager").equals(string(second, "lineManagerPersonId"))) {
      assertRefused(Api.get(API + "/apprentices/" + a2, as("manager")), 403, 404);
    }
    assertRefused(Api.get(API + "/apprentices/" + ab, as("manager")), 403, 404);

    // the apprentice: their own record only
    String own = managed.token();
    assertThat(ok(Api.get(API + "/apprentices/" + a1, own)).getString("personId")).isEqualTo(managed.personId());
    List<JsonObject> theirs = Api.get(API + "/apprentices/mine", own).json().asJsonArray().getValuesAs(JsonObject.class);
    // (other test classes may have enrolled the same person on cohorts of their own)
    assertThat(theirs).extracting(Apprenticeships::id).contains(a1).doesNotContain(a2, ab);
    assertThat(theirs).allSatisfy(a -> assertThat(a.getString("personId")).isEqualTo(managed.personId()));
    assertRefused(Api.get(API + "/apprentices/" + a2, own), 403, 404);
    assertRefused(Api.get(API + "/apprentices/" + a2 + "/otj", own), 403, 404);
    assertProblem(Api.get(API + "/apprentices?employer=NGH", own), 403);
    assertRefused(Api.get(API + "/cohorts/" + cohortId + "/apprentices", own), 403);

    // staff with no part in it
    for (String login : List.of("staff", "carehome.staff")) {
      assertProblem(Api.get(API + "/cohorts/" + cohortId + "/report", as(login)), 403);
      assertProblem(csv(API + "/cohorts/" + cohortId + "/report/csv", as(login)), 403);
      assertThat(Apprenticeships.download(API + "/cohorts/" + cohortId + "/report/xlsx", as(login), Apprenticeships.XLSX).statusCode())
          .isEqualTo(403);
      assertRefused(Api.get(API + "/apprentices/" + a1, as(login)), 403, 404);
      assertProblem(Api.get(API + "/apprentices?employer=NGH", as(login)), 403);
    }

    // the cohort's training provider (NGH) sees the cohort, all its apprentices and its report
    assertThat(count(ok(Api.get(API + "/cohorts/" + cohortId + "/apprentices", as("provider"))), "total")).isEqualTo(3);
    assertThat(count(report(cohortId, as("provider")).getJsonObject("summary"), "apprentices")).isEqualTo(3);
    assertRefused(Api.get(API + "/cohorts/" + cohortId + "/report", Apprenticeships.providerOf("RCT")), 403, 404);

    // the city report is for academy admins only
    for (String login : NOT_ADMINS) {
      assertProblem(Api.get(API + "/report", as(login)), 403);
      assertProblem(csv(API + "/report/csv", as(login)), 403);
      assertThat(Apprenticeships.download(API + "/report/xlsx", as(login), Apprenticeships.XLSX).statusCode()).as(login).isEqualTo(403);
    }
    assertThat(Api.get(API + "/report", as("admin")).status()).isEqualTo(200);
  }

  @Test
  void nobodyWithoutATokenGetsAnything() {
    LocalDate s = today().minusDays(10);
    long cohortId = id(cohort(s, "NGH"));
    Person learner = person("NGH");
    long a = id(enrolled(cohortId, learner, s));
    long entry = id(created(Api.post(API + "/apprentices/" + a + "/otj", learner.token(),
        hours(today(), "1", "SELF_STUDY").build().toString())));
    String empty = "{}";
    List<String[]> calls = List.of(
        new String[] {"GET", "/programmes"}, new String[] {"POST", "/programmes"}, new String[] {"GET", "/cohorts"},
        new String[] {"POST", "/cohorts"}, new String[] {"GET", "/cohorts/" + cohortId},
        new String[] {"GET", "/cohorts/" + cohortId + "/apprentices"}, new String[] {"POST", "/cohorts/" + cohortId + "/apprentices"},
        new String[] {"GET", "/cohorts/" + cohortId + "/report"}, new String[] {"GET", "/cohorts/" + cohortId + "/report/csv"},
        new String[] {"GET", "/cohorts/" + cohortId + "/report/xlsx"}, new String[] {"GET", "/report"},
        new String[] {"GET", "/report/csv"}, new String[] {"GET", "/report/xlsx"}, new String[] {"GET", "/apprentices?employer=NGH"},
        new String[] {"GET", "/apprentices/mine"}, new String[] {"GET", "/apprentices/managed"}, new String[] {"GET", "/apprentices/" + a},
        new String[] {"POST", "/apprentices/" + a + "/transitions"}, new String[] {"GET", "/apprentices/" + a + "/otj"},
        new String[] {"POST", "/apprentices/" + a + "/otj"}, new String[] {"POST", "/apprentices/" + a + "/otj/" + entry + "/decision"},
        new String[] {"GET", "/apprentices/" + a + "/reviews"}, new String[] {"POST", "/apprentices/" + a + "/reviews"},
        new String[] {"GET", "/apprentices/" + a + "/equality"}, new String[] {"GET", "/equality/me"},
        new String[] {"PUT", "/equality/me"}, new String[] {"GET", "/reference/statuses"});
    for (String[] call : calls) {
      Api.Reply reply = Api.send(call[0], API + call[1], null, "application/json", call[0].equals("GET") ? null : empty, "*/*");
      assertThat(reply.status()).as(call[0] + " " + call[1] + " -> " + reply).isEqualTo(401);
      assertThat(reply.isProblem()).as(call[0] + " " + call[1]).isTrue();
    }
    assertThat(objects(otj(a), "entries")).hasSize(1);
  }

  // ---------------------------------------------------------------- equality answers

  @Test
  void equalityAnswersAreDeclaredByThePersonAndSeenOnlyByThemAndAdmins() {
    LocalDate s = today().minusDays(30);
    Person learner = person("NGH");
    long id = id(enrolled(id(cohort(s, "NGH")), enrolment(learner, s).add("lineManagerPersonId", personIdOf("manager"))));
    String own = learner.token();

    JsonObject never = ok(Api.get(API + "/equality/me", own));
    for (String answer : List.of("ethnicity", "sex", "disability", "deprivationDecile")) {
      assertThat(isNull(never, answer)).as(answer + " never declared").isTrue();
    }

    JsonObject declared = ok(Api.send("PUT", API + "/equality/me", own, "application/json",
        equality("ASIAN", "FEMALE", "PREFER_NOT_TO_SAY", "3")));
    assertAnswers(declared, "ASIAN", "FEMALE", "PREFER_NOT_TO_SAY", "3");
    assertAnswers(ok(Api.get(API + "/equality/me", own)), "ASIAN", "FEMALE", "PREFER_NOT_TO_SAY", "3");
    assertAnswers(ok(Api.get(API + "/apprentices/" + id + "/equality", own)), "ASIAN", "FEMALE", "PREFER_NOT_TO_SAY", "3");
    assertAnswers(ok(Api.get(API + "/apprentices/" + id + "/equality", as("admin"))), "ASIAN", "FEMALE", "PREFER_NOT_TO_SAY", "3");
    for (String login : List.of("hr", "manager", "provider", "carehome.hr", "staff")) {
      assertProblem(Api.get(API + "/apprentices/" + id + "/equality", as(login)), 403);
    }

    for (String bad : List.of(equality("MARTIAN", "FEMALE", "NO", "3"), equality("ASIAN", "X", "NO", "3"),
        equality("ASIAN", "FEMALE", "MAYBE", "3"), equality("ASIAN", "FEMALE", "NO", "11"), equality("ASIAN", "FEMALE", "NO", "0"),
        equality("ASIAN", "FEMALE", "NO", "three"))) {
      assertProblem(Api.send("PUT", API + "/equality/me", own, "application/json", bad), 400);
      assertAnswers(ok(Api.get(API + "/equality/me", own)), "ASIAN", "FEMALE", "PREFER_NOT_TO_SAY", "3");
    }

    assertAnswers(ok(Api.send("PUT", API + "/equality/me", own, "application/json",
        equality("PREFER_NOT_TO_SAY", "PREFER_NOT_TO_SAY", "NO", "PREFER_NOT_TO_SAY"))), "PREFER_NOT_TO_SAY", "PREFER_NOT_TO_SAY", "NO",
        "PREFER_NOT_TO_SAY");
    assertAnswers(ok(Api.get(API + "/apprentices/" + id + "/equality", as("admin"))), "PREFER_NOT_TO_SAY", "PREFER_NOT_TO_SAY", "NO",
        "PREFER_NOT_TO_SAY");
  }

  static String equality(String ethnicity, String sex, String disability, String decile) {
    return Json.createObjectBuilder().add("ethnicity", ethnicity).add("sex", sex).add("disability", disability)
        .add("deprivationDecile", decile).build().toString();
  }

  private static void assertAnswers(JsonObject answers, String ethnicity, String sex, String disability, String decile) {
    assertThat(string(answers, "ethnicity")).isEqualTo(ethnicity);
    assertThat(string(answers, "sex")).isEqualTo(sex);
    assertThat(string(answers, "disability")).isEqualTo(disability);
    assertThat(string(answers, "deprivationDecile")).isEqualTo(decile);
  }

  @Test
  void cohortsAreFoundByNameWithinWhatTheCallerMaySee() {
    JsonObject found = ok(Api.get(API + "/cohorts?size=100&q=data%20analyst%20l4", as("admin")));
    List<JsonObject> items = found.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(items).isNotEmpty().allSatisfy(c -> assertThat(c.getString("name")).containsIgnoringCase("Data Analyst L4"));
    assertThat(count(found, "total")).isEqualTo(items.size());
    // a wildcard is a character like any other
    assertThat(count(ok(Api.get(API + "/cohorts?q=%25", as("admin"))), "total")).isZero();
    // HR admins find only cohorts their organisation takes part in as an employer
    List<JsonObject> careHomes = ok(Api.get(API + "/cohorts?size=100&q=L", as("carehome.hr"))).getJsonArray("items")
        .getValuesAs(JsonObject.class);
    assertThat(careHomes).allSatisfy(c -> assertThat(c.getJsonArray("employerCodes").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString).contains("BWC"));
    assertThat(Api.get(API + "/cohorts?q=" + "x".repeat(201), as("admin")).status()).isEqualTo(400);
  }
}
