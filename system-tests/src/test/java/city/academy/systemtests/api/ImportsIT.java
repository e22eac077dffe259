package city.academy.systemtests.api;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HR imports training history from their own system's export: good rows become records of the
 * right people, every bad row is reported with its line and reason, the same file twice adds
 * nothing, a file that is not CSV or lacks a column is refused whole.
 */
@ExtendWith(PlatformExtension.class)
class ImportsIT {
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final AtomicInteger NUMBERS = new AtomicInteger();
  private static final String HEADER = "Organisation Code,Employee Number,Competence Name,Achievement Date,Expiry Date\n";

  /** A new member of NGH's staff (so each test has its own history); answers {personId, employee number}. */
  private static String[] newStaff() {
    String number = "IMP" + System.nanoTime() % 10_000_000 + NUMBERS.incrementAndGet();
    Api.Reply reply = Api.post("/passport/api/organisations/NGH/employments", Api.tokenFor("hr"), Json.createObjectBuilder()
        .add("givenName", "Imogen").add("familyName", "Porter").add("employeeNumber", number).add("staffGroup", "NURSING_MIDWIFERY")
        .add("jobRole", "Staff nurse").add("clinical", true).add("patientFacing", true).add("startDate", TODAY.minusYears(3).toString())
        .build().toString());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return new String[] {reply.object().getString("personId"), number};
  }

  private static Api.Reply upload(String token, String query, String csv) {
    return Api.send("POST", "/passport/api/imports?" + query, token, "text/csv", csv);
  }

  /** Waits for the job to finish (completed, refused or interrupted). */
  private static JsonObject finished(String token, long id) {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      JsonObject job = Api.get("/passport/api/imports/" + id, token).object();
      if (!List.of("QUEUED", "RUNNING").contains(job.getString("status"))) {
        return job;
      }
      if (System.nanoTime() > until) {
        throw new AssertionError("Import " + id + " did not finish: " + job);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static List<JsonObject> recordsOf(String personId) {
    return Api.get("/passport/api/people/" + personId + "/records", Api.tokenFor("hr")).json().asJsonArray().getValuesAs(JsonObject.class);
  }

  @Test
  void goodRowsBecomeRecordsBadRowsAreExplainedAndTheSameFileTwiceAddsNothing() {
    String hr = Api.tokenFor("hr");
    String[] person = newStaff();
    String n = person[1];
    String fire = UK.format(TODAY.minusMonths(3));
    String csv = HEADER
        + "NGH," + n + ",NHS|CSTF|Fire Safety - 2 Years|," + fire + "," + UK.format(TODAY.minusMonths(3).plusYears(2)) + "\n"   // line 2
        + "NGH," + n + ",\"NHS|CSTF|Moving and Handling - Level 2 - 2 years|\"," + TODAY.minusMonths(1) + ",\n"                  // line 3, ISO date
        + "NGH,NOSUCH999,NHS|CSTF|Fire Safety - 2 Years|," + fire + ",\n"                                                         // line 4
        + "NGH," + n + ",NHS|CSTF|Underwater Basket Weaving - 1 Years|," + fire + ",\n"                                           // line 5
        + "NGH," + n + ",NHS|CSTF|Fire Safety - 2 Years|,31/02/2024,\n"                                                           // line 6
        + "BWC," + n + ",NHS|CSTF|Fire Safety - 2 Years|," + fire + ",\n"                                                         // line 7
        + "NGH," + n + ",NHS|CSTF|Fire Safety - 2 Years|," + UK.format(TODAY.plusDays(10)) + ",\n"                                // line 8
        + "NGH," + n + ",NHS|CSTF|Fire Safety - 2 Years|," + fire + "," + UK.format(TODAY.minusYears(1)) + "\n";                  // line 9

    Api.Reply accepted = upload(hr, "format=NATIONAL_HR&organisation=NGH&fileName=esr-export.csv", csv);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    JsonObject job = finished(hr, accepted.object().getJsonNumber("id").longValue());
    assertThat(job.getString("status")).as(job.toString()).isEqualTo("COMPLETED");
    assertThat(job.getString("fileName")).isEqualTo("esr-export.csv");
    assertThat(job.getJsonNumber("rowsRead").longValue()).isEqualTo(8);
    assertThat(job.getJsonNumber("rowsImported").longValue()).isEqualTo(2);
    assertThat(job.getJsonNumber("rowsRejected").longValue()).isEqualTo(6);

    List<JsonObject> rejected = Api.get("/passport/api/imports/" + job.getJsonNumber("id") + "/rejections", hr).json().asJsonArray()
        .getValuesAs(JsonObject.class);
    assertThat(rejected).extracting(r -> r.getJsonNumber("line").longValue()).containsExactly(4L, 5L, 6L, 7L, 8L, 9L);
    assertThat(rejected.get(0).getString("reason")).contains("NGH has no employee with the number NOSUCH999");
    assertThat(rejected.get(1).getString("reason")).contains("mapping table");
    assertThat(rejected.get(2).getString("reason")).contains("not a date");
    assertThat(rejected.get(3).getString("reason")).contains("for NGH's staff");
    assertThat(rejected.get(4).getString("reason")).containsIgnoringCase("future");
    assertThat(rejected.get(5).getString("reason")).containsIgnoringCase("expir");

    List<JsonObject> records = recordsOf(person[0]);
    assertThat(records).filteredOn(r -> "IMPORT".equals(r.getString("source"))).hasSize(2)
        .extracting(r -> r.getString("subject")).containsExactlyInAnyOrder("FIRE_SAFETY", "MOVING_HANDLING");

    Api.Reply csvReport = Api.send("GET", "/passport/api/imports/" + job.getJsonNumber("id") + "/rejections.csv", hr, null, null, "text/csv");
    assertThat(csvReport.status()).isEqualTo(200);
    assertThat(csvReport.text()).startsWith("line,column,value,reason").contains("NOSUCH999");
    assertThat(csvReport.text().lines().count()).isGreaterThanOrEqualTo(7);

    // the same file again: every good row is a duplicate, nothing is added
    JsonObject again = finished(hr, upload(hr, "format=NATIONAL_HR&organisation=NGH", csv).object().getJsonNumber("id").longValue());
    assertThat(again.getString("status")).isEqualTo("COMPLETED");
    assertThat(again.getJsonNumber("rowsImported").longValue()).isZero();
    assertThat(again.getJsonNumber("rowsDuplicate").longValue()).isEqualTo(2);
    assertThat(recordsOf(person[0])).filteredOn(r -> "IMPORT".equals(r.getString("source"))).hasSize(2);
  }

  /**
   * The bad-input corpus (system-tests/src/test/resources/imports): one row for each defect a person
   * can make, and its expected report, line for line and word for word.
   */
  @Test
  void theBadInputCorpusGivesExactlyTheExpectedReport() throws Exception {
    String hr = Api.tokenFor("hr");
    String[] person = newStaff();
    String corpus = resource("imports/national-bad-input.csv").replace("{EMP}", person[1]);
    String expected = resource("imports/national-bad-input.expected.csv").replace("{EMP}", person[1])
        .replace("{TODAY}", UK.format(TODAY));
    JsonObject job = finished(hr, upload(hr, "format=NATIONAL_HR&organisation=NGH&fileName=bad-input.csv", corpus)
        .object().getJsonNumber("id").longValue());
    assertThat(job.getString("status")).isEqualTo("COMPLETED");
    Api.Reply report = Api.send("GET", "/passport/api/imports/" + job.getJsonNumber("id") + "/rejections.csv", hr, null, null, "text/csv");
    assertThat(report.text().replace("\r\n", "\n")).isEqualTo(expected.replace("\r\n", "\n"));
    assertThat(job.getJsonNumber("rowsRead").longValue()).isEqualTo(16);
    assertThat(job.getJsonNumber("rowsImported").longValue()).as("lines 2, 3 and 15").isEqualTo(3);
    assertThat(job.getJsonNumber("rowsDuplicate").longValue()).as("line 18 repeats line 2").isEqualTo(1);
    assertThat(job.getJsonNumber("rowsRejected").longValue()).isEqualTo(12);
  }

  @Test
  void theGenericAndSocialCareFormatsImportToo() {
    String hr = Api.tokenFor("hr");
    String[] person = newStaff();
    String generic = "organisation_code;employee_number;subject_code;level_code;course_title;completed_on;expires_on\n"
        + "NGH;" + person[1] + ";SAFEGUARDING_ADULTS;2;;2025-02-01;\n"
        + "NGH;" + person[1] + ";;;\"Wound care update, leg ulcers\";01/02/2025;\n"
        + "NGH;" + person[1] + ";NOT_A_SUBJECT;1;;2025-02-01;\n";
    JsonObject g = finished(hr, upload(hr, "format=GENERIC&organisation=NGH", generic).object().getJsonNumber("id").longValue());
    assertThat(g.getString("status")).as(g.toString()).isEqualTo("COMPLETED");
    assertThat(g.getJsonNumber("rowsImported").longValue()).isEqualTo(2);
    assertThat(g.getJsonNumber("rowsRejected").longValue()).isEqualTo(1);

    String social = "Organisation Code,Worker ID,Training Category,Date Completed,Expiry Date,Accredited\n"
        + "NGH," + person[1] + ",Fire safety,10/10/2025,,Yes\n"
        + "NGH," + person[1] + ",Assisting and moving people,11/10/2025,,Don't know\n"
        + "NGH," + person[1] + ",Dementia care,12/10/2025,,No\n";
    JsonObject c = finished(hr, upload(hr, "format=SOCIAL_CARE&organisation=NGH", social).object().getJsonNumber("id").longValue());
    assertThat(c.getString("status")).as(c.toString()).isEqualTo("COMPLETED");
    assertThat(c.getJsonNumber("rowsImported").longValue()).isEqualTo(2);
    assertThat(c.getJsonNumber("rowsRejected").longValue()).as("a category with no framework subject is reported").isEqualTo(1);

    List<JsonObject> imported = recordsOf(person[0]).stream().filter(r -> "IMPORT".equals(r.getString("source"))).toList();
    assertThat(imported).extracting(r -> !r.containsKey("subject") || r.isNull("subject") ? r.getString("courseTitle") : r.getString("subject"))
        .containsExactlyInAnyOrder("SAFEGUARDING_ADULTS", "Wound care update, leg ulcers", "FIRE_SAFETY", "MOVING_HANDLING");
  }

  private static String resource(String name) throws java.io.IOException {
    try (var in = ImportsIT.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new java.io.FileNotFoundException(name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Test
  void aFileThatIsNotCsvOrLacksAColumnIsRefusedWholeAndNothingIsImported() {
    String hr = Api.tokenFor("hr");
    String[] person = newStaff();
    JsonObject pdf = finished(hr, upload(hr, "format=NATIONAL_HR&organisation=NGH&fileName=passport.pdf",
        "%PDF-1.7\n\u0000\u0001binary").object().getJsonNumber("id").longValue());
    assertThat(pdf.getString("status")).isEqualTo("REFUSED");
    assertThat(pdf.getString("message")).isNotBlank();
    assertThat(pdf.getJsonNumber("rowsImported").longValue()).isZero();

    JsonObject missing = finished(hr, upload(hr, "format=NATIONAL_HR&organisation=NGH",
        "Organisation Code,Employee Number,Achievement Date\nNGH," + person[1] + ",01/01/2025\n").object().getJsonNumber("id").longValue());
    assertThat(missing.getString("status")).isEqualTo("REFUSED");
    assertThat(missing.getString("message")).containsIgnoringCase("competence");
    assertThat(recordsOf(person[0])).noneMatch(r -> "IMPORT".equals(r.getString("source")));
  }

  @Test
  void onlyTheOrganisationsHrAndAcademyAdminsImportAndSeeImports() {
    String hr = Api.tokenFor("hr");
    String csv = HEADER + "NGH,0,NHS|CSTF|Fire Safety - 2 Years|,01/01/2025,\n";
    long id = upload(hr, "format=NATIONAL_HR&organisation=NGH", csv).object().getJsonNumber("id").longValue();
    finished(hr, id);
    assertThat(upload(Api.tokenFor("staff"), "format=NATIONAL_HR&organisation=NGH", csv).status()).isEqualTo(403);
    assertThat(upload(Api.tokenFor("carehome.hr"), "format=NATIONAL_HR&organisation=NGH", csv).status()).isEqualTo(403);
    assertThat(upload(null, "format=NATIONAL_HR&organisation=NGH", csv).status()).isEqualTo(401);
    assertThat(Api.get("/passport/api/imports/" + id, Api.tokenFor("carehome.hr")).status()).isEqualTo(404);
    assertThat(Api.get("/passport/api/imports/" + id + "/rejections", Api.tokenFor("carehome.hr")).status()).isEqualTo(404);
    assertThat(Api.send("GET", "/passport/api/imports/" + id + "/rejections.csv", Api.tokenFor("carehome.hr"), null, null, "*/*").status())
        .isEqualTo(404);
    assertThat(Api.post("/passport/api/imports/" + id + "/resume", Api.tokenFor("carehome.hr"), "{}").status()).isEqualTo(404);
    assertThat(Api.send("GET", "/passport/api/imports/templates/generic.csv", Api.tokenFor("staff"), null, null, "*/*").status())
        .isEqualTo(403);
    assertThat(Api.get("/passport/api/imports/" + id, Api.tokenFor("manager")).status()).isEqualTo(403);
    assertThat(Api.get("/passport/api/imports/" + id, Api.tokenFor("admin")).status()).isEqualTo(200);
    assertThat(Api.get("/passport/api/imports?organisation=NGH", Api.tokenFor("carehome.hr")).status()).isEqualTo(403);
    assertThat(Api.get("/passport/api/imports", Api.tokenFor("carehome.hr")).object().getJsonArray("items"))
        .noneMatch(j -> j.asJsonObject().getJsonNumber("id").longValue() == id);
    assertThat(Api.get("/passport/api/imports", hr).object().getJsonArray("items"))
        .anyMatch(j -> j.asJsonObject().getJsonNumber("id").longValue() == id);
    // an academy admin imports for any organisation; an HR admin of one organisation need not name it
    long byAdmin = upload(Api.tokenFor("admin"), "format=NATIONAL_HR&organisation=BWC", csv).object().getJsonNumber("id").longValue();
    assertThat(finished(Api.tokenFor("admin"), byAdmin).getString("status")).isEqualTo("COMPLETED");
    Api.Reply unnamed = upload(hr, "format=NATIONAL_HR", csv);
    assertThat(unnamed.status()).as(unnamed.toString()).isEqualTo(202);
    assertThat(unnamed.object().getString("organisationCode")).isEqualTo("NGH");
  }

  @Test
  void badRequestsAreRefusedWithAReason() {
    String hr = Api.tokenFor("hr");
    Api.Reply format = upload(hr, "format=SPREADSHEET&organisation=NGH", HEADER);
    assertThat(format.status()).isEqualTo(400);
    assertThat(format.text()).contains("NATIONAL_HR");
    assertThat(upload(hr, "organisation=NGH", HEADER).status()).isEqualTo(400);
    assertThat(upload(hr, "format=GENERIC&organisation=NGH", "").status()).isEqualTo(400);
    assertThat(Api.get("/passport/api/imports/999999999", hr).status()).isEqualTo(404);
    assertThat(Api.get("/passport/api/imports/1/rejections?size=0", hr).status()).isIn(400, 404);
    Api.Reply resume = Api.post("/passport/api/imports/" + upload(hr, "format=NATIONAL_HR&organisation=NGH", HEADER)
        .object().getJsonNumber("id") + "/resume", hr, "{}");
    assertThat(resume.status()).as("only an interrupted import resumes").isIn(409);
    Api.Reply template = Api.send("GET", "/passport/api/imports/templates/generic.csv", hr, null, null, "text/csv");
    assertThat(template.status()).isEqualTo(200);
    assertThat(template.text()).contains("employee_number");
  }
}
