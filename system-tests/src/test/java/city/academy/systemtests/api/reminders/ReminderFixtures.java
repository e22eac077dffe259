package city.academy.systemtests.api.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** New starters at the care home made for a test, their training records, and the reminder jobs run now. */
public final class ReminderFixtures {
  public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
  public static final String ORG = "BWC";
  public static final String HR = "carehome.hr";

  private ReminderFixtures() {}

  /** A new starter at the care home (a care worker), with an email address and a line manager, or none. @return their passport identity */
  public static String starter(String givenName, String email, String lineManager) {
    var body = Json.createObjectBuilder().add("givenName", givenName).add("familyName", "Reminder")
        .add("employeeNumber", "R" + UUID.randomUUID().toString().substring(0, 8))
        .add("staffGroup", "CARE_WORKER").add("jobRole", "Care worker").add("clinical", false).add("patientFacing", true)
        .add("startDate", TODAY.minusDays(200).toString());
    if (email != null) {
      body.add("email", email);
    }
    if (lineManager != null) {
      body.add("lineManagerId", lineManager);
    }
    Api.Reply reply = Api.post("/passport/api/organisations/" + ORG + "/employments", Api.tokenFor(HR), body.build().toString());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.object().getString("personId");
  }

  public static String address(String label) {
    return label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }

  public static String tokenOf(String personId, String... roles) {
    JsonObject principal = Json.createObjectBuilder().add("username", personId.toLowerCase()).add("personId", personId)
        .add("displayName", personId).add("roles", Json.createArrayBuilder(List.of(roles)))
        .add("employments", Json.createArrayBuilder().add(Json.createObjectBuilder().add("organisationCode", ORG))).add("hrAdminOf", Json.createArrayBuilder())
        .add("providerFor", Json.createArrayBuilder()).build();
    return Tokens.forPrincipal(principal);
  }

  /** The level the person's posts require of a subject. */
  public static String requiredLevel(String personId, String subject) {
    Api.Reply passport = Api.get("/passport/api/people/" + personId + "/passport", Api.tokenFor(HR));
    assertThat(passport.status()).as(passport.toString()).isEqualTo(200);
    return passport.object().getJsonArray("requirements").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("subject").equals(subject)).findFirst().orElseThrow().getString("level");
  }

  public static String subjectName(String subject) {
    return Api.get("/passport/api/framework", Api.tokenFor(HR)).object().getJsonArray("subjects").getValuesAs(JsonObject.class)
        .stream().filter(s -> s.getString("code").equals(subject)).findFirst().orElseThrow().getString("name");
  }

  /** Records training in the subject, done so long ago that it stops counting in {@code days} days. */
  public static long recordExpiringIn(String personId, String subject, int days) {
    String level = requiredLevel(personId, subject);
    int months = Api.get("/passport/api/framework", Api.tokenFor(HR)).object().getJsonArray("subjects").getValuesAs(JsonObject.class)
        .stream().filter(s -> s.getString("code").equals(subject)).findFirst().orElseThrow()
        .getJsonArray("levels").getValuesAs(JsonObject.class).stream().filter(l -> l.getString("code").equals(level))
        .findFirst().orElseThrow().getInt("refresherMonths");
    LocalDate expires = TODAY.plusDays(days);
    var body = Json.createObjectBuilder().add("personId", personId).add("subject", subject).add("level", level)
        .add("completedOn", expires.minusMonths(months).toString()).add("attestedBy", ORG).add("evidenceReference", "CERT-R");
    Api.Reply reply = Api.post("/passport/api/records", Api.tokenFor(HR), body.build().toString());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.object().getString("expiresOn")).as("the record stops counting in " + days + " days").isEqualTo(expires.toString());
    return reply.object().getJsonNumber("id").longValue();
  }

  /** A course and its session. */
  public record CourseSession(long course, long session) {}

  /** A course in the subject at the care home, with a session in ten days. */
  public static CourseSession courseWithSession(String subject, String level) {
    String provider = providerToken();
    var course = Json.createObjectBuilder().add("providerCode", ORG).add("title", "Refresher " + UUID.randomUUID().toString().substring(0, 6))
        .add("description", "Practical refresher.").add("category", "Statutory and mandatory").add("cpdHours", 3)
        .add("deliveryMode", "classroom").add("audience", "All staff").add("subjectCode", subject).add("levelCode", level);
    Api.Reply made = Api.post("/catalogue/api/courses", provider, course.build().toString());
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    long id = made.object().getJsonNumber("id").longValue();
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).plusDays(10);
    var plan = Json.createObjectBuilder().add("startsAt", start.toString()).add("endsAt", start.plusHours(3).toString())
        .add("venue", "Care home training room").add("trainer", "Jo Reed").add("capacity", 12).add("reservedPlaces", 0)
        .add("releaseAt", start.toString());
    Api.Reply session = Api.post("/catalogue/api/courses/" + id + "/sessions", provider, plan.build().toString());
    assertThat(session.status()).as(session.toString()).isEqualTo(201);
    return new CourseSession(id, session.object().getJsonNumber("id").longValue());
  }

  /** Changes a person's email address as a caller: the passport's answer. */
  public static Api.Reply changeEmail(String personId, String email, String token) {
    return Api.send("PUT", "/passport/api/people/" + personId + "/email", token, "application/json",
        Json.createObjectBuilder().add("email", email).build().toString());
  }

  public static String providerToken() {
    JsonObject principal = Json.createObjectBuilder().add("username", "reminder.provider").add("personId", "TST-REMINDER")
        .add("displayName", "Reminder provider").add("roles", Json.createArrayBuilder(List.of("STAFF", "PROVIDER")))
        .add("employments", Json.createArrayBuilder().add(Json.createObjectBuilder().add("organisationCode", ORG))).add("hrAdminOf", Json.createArrayBuilder())
        .add("providerFor", Json.createArrayBuilder(List.of(ORG))).build();
    return Tokens.forPrincipal(principal);
  }

  public static JsonObject run() {
    Api.Reply reply = Api.post("/catalogue/api/reminders/expiry/runs", Api.tokenFor("admin"), "");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.object();
  }

  public static List<JsonObject> messages(String token, String kind) {
    Api.Reply reply = Api.get("/catalogue/api/messages/me?size=100", token);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(m -> m.getString("kind").equals(kind)).toList();
  }

}
