package city.academy.systemtests.api.apprenticeships;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import city.academy.systemtests.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Setting up programmes, cohorts and apprentices through the catalogue's apprenticeship API, and
 * reading its answers, for the tests. Every test makes its own programme (a standard code no other
 * test uses in this run) and cohort, and enrols real people of the demo city (the service asks the
 * passport where they work) whom no other test has enrolled in this run.
 */
final class Apprenticeships {
  static final String API = "/catalogue/api/apprenticeships";
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The demo logins whose people must not be enrolled by the tests (they play other parts). */
  static final List<String> DEMO_LOGINS =
      List.of("admin", "hr", "carehome.hr", "provider", "manager", "staff", "carehome.staff", "apprentice");

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Map<String, JsonObject> PRINCIPALS = new HashMap<>();
  /** ST9xxx codes, one after another from a random start, so that no two programmes of a run share one. */
  private static final AtomicInteger CODES = new AtomicInteger(9000 + ThreadLocalRandom.current().nextInt(400));
  private static final Map<String, Deque<Person>> POOLS = new HashMap<>();
  private static Set<String> reserved;
  private static Set<String> enrolledAnywhere;

  private Apprenticeships() {}

  /** A person of the demo city who currently works at {@code employer}, as the passport lists them. */
  record Person(String personId, String name, String employer, String lineManagerPersonId, JsonObject passport) {
    /** A token for this person, signed as the portal signs them (the catalogue takes who they are from it). */
    String token() {
      return Apprenticeships.token(personId, name, List.of("STAFF"), List.of(employer), List.of(), List.of());
    }

    /** Whether the passport shows a current post at the organisation. */
    boolean worksAt(String organisation) {
      return passport.getJsonArray("employments").getValuesAs(JsonObject.class).stream()
          .anyMatch(e -> e.getString("organisationCode").equals(organisation) && isNull(e, "endDate"));
    }
  }

  static LocalDate today() {
    return LocalDate.now(LONDON);
  }

  // ---- who calls

  static synchronized JsonObject principal(String login) {
    return PRINCIPALS.computeIfAbsent(login, Api::principal);
  }

  /** A fresh token for a demo login (tokens live five minutes; the sign-in is asked once per login). */
  static String as(String login) {
    return Tokens.forPrincipal(principal(login));
  }

  static String personIdOf(String login) {
    return principal(login).getString("personId");
  }

  static String token(String personId, String name, List<String> roles, List<String> organisations, List<String> hrAdminOf,
      List<String> providerFor) {
    JsonArrayBuilder employments = Json.createArrayBuilder();
    organisations.forEach(o -> employments.add(Json.createObjectBuilder().add("organisationCode", o)));
    JsonObject principal = Json.createObjectBuilder()
        .add("username", personId.toLowerCase())
        .add("personId", personId)
        .add("displayName", name)
        .add("roles", Json.createArrayBuilder(roles))
        .add("employments", employments)
        .add("hrAdminOf", Json.createArrayBuilder(hrAdminOf))
        .add("providerFor", Json.createArrayBuilder(providerFor))
        .build();
    return Tokens.forPrincipal(principal);
  }

  /** A made-up HR admin of an organisation that has no demo login (e.g. RCT). */
  static String hrAdminOf(String organisation) {
    String id = "TST-" + Integer.toHexString(ThreadLocalRandom.current().nextInt()).toUpperCase();
    return token(id, "Test HR " + id, List.of("STAFF", "HR_ADMIN"), List.of(organisation), List.of(organisation), List.of());
  }

  /** A made-up course provider (training team member) of an organisation. */
  static String providerOf(String organisation) {
    String id = "TST-" + Integer.toHexString(ThreadLocalRandom.current().nextInt()).toUpperCase();
    return token(id, "Test provider " + id, List.of("STAFF", "PROVIDER"), List.of(organisation), List.of(), List.of(organisation));
  }

  // ---- people to enrol

  /** The next person of the organisation that no test has had yet (and who is no demo login nor demo apprentice). */
  static synchronized Person person(String employer) {
    if (reserved == null) {
      reserved = new HashSet<>();
      for (String login : DEMO_LOGINS) {
        try {
          reserved.add(personIdOf(login));
        } catch (IllegalStateException e) {
          // a login the demo city does not have (yet) reserves nobody
        }
      }
    }
    if (enrolledAnywhere == null) {
      // everyone already on a cohort (the demo's apprentices, with their own journeys and equality answers)
      enrolledAnywhere = new HashSet<>();
      for (JsonObject cohort : all(API + "/cohorts", as("admin"))) {
        for (JsonObject apprentice : all(API + "/cohorts/" + id(cohort) + "/apprentices", as("admin"))) {
          enrolledAnywhere.add(apprentice.getString("personId"));
        }
      }
    }
    Deque<Person> pool = POOLS.computeIfAbsent(employer, Apprenticeships::staffOf);
    assertThat(pool).as("people left at " + employer + " for the tests").isNotEmpty();
    return pool.removeFirst();
  }

  static List<Person> people(String employer, int count) {
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      people.add(person(employer));
    }
    return people;
  }

  private static Deque<Person> staffOf(String employer) {
    Set<String> enrolled = new HashSet<>();
    for (JsonObject apprentice : all(API + "/apprentices?employer=" + employer, as("admin"))) {
      enrolled.add(apprentice.getString("personId"));
    }
    Deque<Person> pool = new ArrayDeque<>();
    int page = 0;
    while (true) {
      Api.Reply reply = Api.get("/passport/api/organisations/" + employer + "/staff?size=200&page=" + page, as("admin"));
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      List<JsonObject> items = reply.object().getJsonArray("items").getValuesAs(JsonObject.class);
      for (JsonObject p : items) {
        String id = p.getString("personId");
        if (reserved.contains(id) || enrolled.contains(id) || enrolledAnywhere.contains(id)) {
          continue;
        }
        String manager = p.getJsonArray("employments").getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("organisationCode").equals(employer) && isNull(e, "endDate"))
            .findFirst().map(e -> string(e, "lineManagerPersonId")).orElse(null);
        pool.add(new Person(id, p.getString("givenName") + " " + p.getString("familyName"), employer, manager, p));
      }
      if (items.isEmpty() || (long) (page + 1) * 200 >= reply.object().getJsonNumber("total").longValue()) {
        break;
      }
      page++;
    }
    // mix the order so that a rerun does not always pick the same people
    List<Person> shuffled = new ArrayList<>(pool);
    java.util.Collections.shuffle(shuffled);
    return new ArrayDeque<>(shuffled);
  }

  // ---- programmes and cohorts

  static String newStandardCode() {
    return "ST" + CODES.getAndIncrement();
  }

  static JsonObjectBuilder programmeRequest(String code, String title, int level, int months, int minimumOtj) {
    return Json.createObjectBuilder().add("standardCode", code).add("title", title).add("level", level)
        .add("durationMonths", months).add("minimumOtjHours", minimumOtj);
  }

  /** A new programme: level 4, 12 months, at least 400 hours off the job unless told. */
  static JsonObject programme(int months, int minimumOtj) {
    String code = newStandardCode();
    return created(Api.post(API + "/programmes", as("admin"),
        programmeRequest(code, "Test programme " + code, 4, months, minimumOtj).build().toString()));
  }

  static JsonObject programme() {
    return programme(12, 400);
  }

  static JsonObjectBuilder cohortRequest(long programmeId, String provider, LocalDate start, String... employers) {
    return Json.createObjectBuilder().add("name", "Test cohort " + ThreadLocalRandom.current().nextInt(1_000_000))
        .add("programmeId", programmeId).add("providerCode", provider).add("startDate", start.toString())
        .add("academyContact", "Alex Morgan").add("employerCodes", Json.createArrayBuilder(List.of(employers)));
  }

  static JsonObject cohort(long programmeId, String provider, LocalDate start, String... employers) {
    return created(Api.post(API + "/cohorts", as("admin"), cohortRequest(programmeId, provider, start, employers).build().toString()));
  }

  /** A new programme (12 months, 400 hours) and a cohort of it, its training provided by NGH. */
  static JsonObject cohort(LocalDate start, String... employers) {
    return cohort(id(programme()), "NGH", start, employers);
  }

  static JsonObjectBuilder enrolment(Person person, LocalDate start) {
    return Json.createObjectBuilder().add("personId", person.personId()).add("employerCode", person.employer())
        .add("startDate", start.toString());
  }

  static Api.Reply enrol(long cohortId, JsonObjectBuilder enrolment) {
    return Api.post(API + "/cohorts/" + cohortId + "/apprentices", as("admin"), enrolment.build().toString());
  }

  static JsonObject enrolled(long cohortId, JsonObjectBuilder enrolment) {
    return created(enrol(cohortId, enrolment));
  }

  static JsonObject enrolled(long cohortId, Person person, LocalDate start) {
    return enrolled(cohortId, enrolment(person, start));
  }

  // ---- the journey

  static JsonObjectBuilder to(String status, LocalDate on) {
    return Json.createObjectBuilder().add("status", status).add("effectiveOn", on.toString());
  }

  static Api.Reply transition(long apprenticeId, JsonObjectBuilder request) {
    return Api.post(API + "/apprentices/" + apprenticeId + "/transitions", as("admin"), request.build().toString());
  }

  static JsonObject moved(long apprenticeId, JsonObjectBuilder request) {
    return ok(transition(apprenticeId, request));
  }

  /** ACTIVE → GATEWAY → END_POINT_ASSESSMENT → COMPLETED, all on one day. */
  static void toCompleted(long apprenticeId, LocalDate on) {
    moved(apprenticeId, to("GATEWAY", on));
    moved(apprenticeId, to("END_POINT_ASSESSMENT", on));
    moved(apprenticeId, to("COMPLETED", on));
  }

  static void toAchieved(long apprenticeId, LocalDate on, String grade) {
    toCompleted(apprenticeId, on);
    moved(apprenticeId, to("ACHIEVED", on).add("grade", grade));
  }

  static void toFailed(long apprenticeId, LocalDate on) {
    toCompleted(apprenticeId, on);
    moved(apprenticeId, to("FAILED", on));
  }

  static void withdrawn(long apprenticeId, LocalDate on, String reason) {
    moved(apprenticeId, to("WITHDRAWN", on).add("reasonCode", reason));
  }

  static JsonObject apprentice(long id) {
    return ok(Api.get(API + "/apprentices/" + id, as("admin")));
  }

  // ---- off-the-job hours

  static JsonObjectBuilder hours(LocalDate on, String hours, String activity) {
    return Json.createObjectBuilder().add("date", on.toString()).add("hours", new BigDecimal(hours)).add("activity", activity)
        .add("note", "Test entry");
  }

  static Api.Reply log(long apprenticeId, String token, JsonObjectBuilder entry) {
    return Api.post(API + "/apprentices/" + apprenticeId + "/otj", token, entry.build().toString());
  }

  static Api.Reply decide(long apprenticeId, long entryId, String token, Boolean confirmed, String note) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (confirmed != null) {
      body.add("confirmed", confirmed);
    }
    if (note != null) {
      body.add("note", note);
    }
    return Api.post(API + "/apprentices/" + apprenticeId + "/otj/" + entryId + "/decision", token, body.build().toString());
  }

  static JsonObject otj(long apprenticeId) {
    return ok(Api.get(API + "/apprentices/" + apprenticeId + "/otj", as("admin")));
  }

  // ---- reading answers

  static JsonObject ok(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.object();
  }

  /** A write that made something: 201 (or 200) with the thing made. */
  static JsonObject created(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
    return reply.object();
  }

  static void assertProblem(Api.Reply reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.isProblem()).as("problem+json: " + reply).isTrue();
  }

  /** A refusal that is one of the given statuses, as problem+json. */
  static void assertRefused(Api.Reply reply, Integer... statuses) {
    assertThat(reply.status()).as(reply.toString()).isIn((Object[]) statuses);
    assertThat(reply.isProblem()).as("problem+json: " + reply).isTrue();
  }

  static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  /** JSON-B leaves null fields out: missing counts as null. */
  static boolean isNull(JsonObject object, String key) {
    return !object.containsKey(key) || object.isNull(key);
  }

  static String string(JsonObject object, String key) {
    return isNull(object, key) ? null : object.getString(key);
  }

  static BigDecimal decimal(JsonObject object, String key) {
    return isNull(object, key) ? null : object.getJsonNumber(key).bigDecimalValue();
  }

  static Double number(JsonObject object, String key) {
    return isNull(object, key) ? null : object.getJsonNumber(key).doubleValue();
  }

  static long count(JsonObject object, String key) {
    return object.getJsonNumber(key).longValue();
  }

  static List<JsonObject> objects(JsonObject object, String key) {
    return object.getJsonArray(key).getValuesAs(JsonObject.class);
  }

  static List<String> strings(JsonObject object, String key) {
    return object.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  /** Every item of a paged list ({@code items}, {@code total}), page by page. */
  static List<JsonObject> all(String path, String token) {
    List<JsonObject> items = new ArrayList<>();
    String separator = path.contains("?") ? "&" : "?";
    for (int page = 0; page < 100; page++) {
      JsonObject answer = ok(Api.get(path + separator + "page=" + page + "&size=50", token));
      List<JsonObject> some = objects(answer, "items");
      items.addAll(some);
      if (some.isEmpty() || items.size() >= count(answer, "total")) {
        break;
      }
    }
    return items;
  }

  /** The count under a code in a list of {@code CountDto}; 0 when the code is not listed. */
  static long countOf(List<JsonObject> counts, String code) {
    return counts.stream().filter(c -> c.getString("code").equals(code)).mapToLong(c -> count(c, "count")).sum();
  }

  static JsonObject equalityTable(JsonObject report, String characteristic) {
    return objects(report, "equality").stream().filter(t -> t.getString("characteristic").equals(characteristic)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + characteristic + " table in " + report.get("equality")));
  }

  static JsonObject equalityRow(JsonObject table, String code) {
    return objects(table, "rows").stream().filter(r -> r.getString("code").equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + code + " in " + table));
  }

  /** A shown cell's value; fails when the cell is suppressed. */
  static long shown(JsonObject row, String column) {
    JsonObject cell = row.getJsonObject(column);
    assertThat(cell.getBoolean("suppressed")).as(column + " of " + row + " is shown").isFalse();
    assertThat(isNull(cell, "value")).as(column + " of " + row + " has a value").isFalse();
    return count(cell, "value");
  }

  static boolean suppressed(JsonObject row, String column) {
    JsonObject cell = row.getJsonObject(column);
    boolean hidden = cell.getBoolean("suppressed");
    if (hidden) {
      assertThat(isNull(cell, "value")).as("a suppressed cell has no value: " + row).isTrue();
    }
    return hidden;
  }

  static JsonObject summaryOf(List<JsonObject> rows, String key) {
    return rows.stream().filter(r -> r.getString("key").equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no summary row " + key + " in " + rows));
  }

  static JsonObject report(long cohortId, String token) {
    return ok(Api.get(API + "/cohorts/" + cohortId + "/report", token));
  }

  // ---- exports

  static Api.Reply csv(String path, String token) {
    return Api.send("GET", path, token, null, null, "text/csv");
  }

  /** The data rows of a CSV (the header and blank lines left out), each split into fields. */
  static List<List<String>> csvRows(String text) {
    List<List<String>> rows = new ArrayList<>();
    text.lines().filter(l -> !l.isBlank()).skip(1).forEach(l -> rows.add(fields(l)));
    return rows;
  }

  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  static HttpResponse<byte[]> download(String path, String token, String accept) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PlatformExtension.baseUrl() + path))
          .timeout(Duration.ofSeconds(60)).header("Accept", accept);
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A spreadsheet as sheet name → rows of cell texts (empty cells as ""), as a spreadsheet program would read it. */
  static Map<String, List<List<String>>> xlsx(String path, String token) {
    HttpResponse<byte[]> answer = download(path, token, XLSX);
    assertThat(answer.statusCode()).as(path + ": " + new String(answer.body())).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
    Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(answer.body()))) {
      for (Sheet sheet : workbook.getSheets().toList()) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet.read()) {
          List<String> cells = new ArrayList<>();
          for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(row.getOptionalCell(i).map(Apprenticeships::text).orElse(""));
          }
          rows.add(cells);
        }
        sheets.put(sheet.getName(), rows);
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return sheets;
  }

  private static String text(org.dhatim.fastexcel.reader.Cell cell) {
    if (cell.getValue() instanceof BigDecimal number) {
      return number.stripTrailingZeros().toPlainString();
    }
    String text = cell.getText();
    return text == null ? "" : text;
  }

  /** The sheet whose name contains the word (case-insensitive). */
  static List<List<String>> sheet(Map<String, List<List<String>>> sheets, String word) {
    return sheets.entrySet().stream().filter(e -> e.getKey().toLowerCase().contains(word.toLowerCase())).map(Map.Entry::getValue)
        .findFirst().orElseThrow(() -> new AssertionError("no sheet named like " + word + " in " + sheets.keySet()));
  }

  static boolean anyCell(List<List<String>> rows, String text) {
    return rows.stream().flatMap(List::stream).anyMatch(c -> c.equals(text));
  }

  static boolean mentions(Map<String, List<List<String>>> sheets, String text) {
    return sheets.values().stream().flatMap(List::stream).flatMap(List::stream).anyMatch(c -> c.contains(text));
  }

}
