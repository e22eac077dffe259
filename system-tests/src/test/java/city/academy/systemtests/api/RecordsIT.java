package city.academy.systemtests.api;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import city.academy.systemtests.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Manual records, corrections and revocations over HTTP: append-only, by the right organisation. */
@ExtendWith(PlatformExtension.class)
class RecordsIT {
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  private static JsonObjectBuilder record(String personId, String attestedBy, LocalDate completed) {
    return Json.createObjectBuilder().add("personId", personId).add("subject", "HEALTH_SAFETY").add("level", "1")
        .add("completedOn", completed.toString()).add("attestedBy", attestedBy).add("evidenceReference", "CERT-" + completed);
  }

  private static Api.Reply add(String token, JsonObjectBuilder body) {
    return Api.post("/passport/api/records", token, body.build().toString());
  }

  private static List<JsonObject> historyOf(String token) {
    return Api.get("/passport/api/people/me/records", token).json().asJsonArray().getValuesAs(JsonObject.class);
  }

  @Test
  void hrRecordsTrainingWithEvidenceAndItCountsInThePassport() {
    JsonObject staff = Api.principal("staff");
    String own = Tokens.forPrincipal(staff);
    LocalDate completed = TODAY.minusDays(3);
    Api.Reply reply = add(Api.tokenFor("hr"), record(staff.getString("personId"), "NGH", completed));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    JsonObject created = reply.object();
    assertThat(created.getString("expiresOn")).as("3 years for health and safety").isEqualTo(completed.plusYears(3).toString());
    assertThat(created.getString("source")).isEqualTo("MANUAL");
    assertThat(created.getString("evidenceReference")).isEqualTo("CERT-" + completed);
    assertThat(created.getString("enteredBy")).isEqualTo("hr");

    JsonObject passport = Api.get("/passport/api/people/me/passport", own).object();
    JsonObject health = passport.getJsonArray("requirements").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("subject").equals("HEALTH_SAFETY")).findFirst().orElseThrow();
    assertThat(health.getString("status")).isEqualTo("COMPLIANT");
    assertThat(health.getJsonObject("record").getJsonNumber("id").longValue()).isEqualTo(created.getJsonNumber("id").longValue());

    Api.Reply twice = add(Api.tokenFor("hr"), record(staff.getString("personId"), "NGH", completed));
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.object().getString("detail")).contains("already");
  }

  @Test
  void aPersonsHistoryIsForThoseWhoMaySeeTheirPassportAndEachLookIsLogged() {
    JsonObject staff = Api.principal("staff");
    String path = "/passport/api/people/" + staff.getString("personId") + "/records";
    String own = Tokens.forPrincipal(staff);
    int looks = Api.get("/passport/api/people/me/access-log", own).json().asJsonArray().size();
    Api.Reply byHr = Api.get(path, Api.tokenFor("hr"));
    assertThat(byHr.status()).isEqualTo(200);
    assertThat(byHr.json().asJsonArray().toString()).isEqualTo(Api.get("/passport/api/people/me/records", own).json().asJsonArray().toString());
    assertThat(Api.get(path, Api.tokenFor("manager")).status()).isEqualTo(200);
    assertThat(Api.get("/passport/api/people/me/access-log", own).json().asJsonArray()).hasSize(looks + 2);
    for (String other : new String[] {"carehome.hr", "admin", "provider", "carehome.staff"}) {
      assertThat(Api.get(path, Api.tokenFor(other)).status()).as(other).isEqualTo(403);
    }
    assertThat(Api.get("/passport/api/people/OWA-00000000/records", Api.tokenFor("hr")).status()).isEqualTo(404);
  }

  @Test
  void anotherOrganisationRecordsOnlyTrainingItDelivered() {
    String staffId = Api.principal("staff").getString("personId");
    assertThat(add(Api.tokenFor("carehome.hr"), record(staffId, "BWC", TODAY.minusDays(40))).status()).isEqualTo(201);
    Api.Reply claimingNgh = add(Api.tokenFor("carehome.hr"), record(staffId, "NGH", TODAY.minusDays(41)));
    assertThat(claimingNgh.status()).isEqualTo(403);
    assertThat(claimingNgh.object().getString("detail")).contains("your own organisation");
    assertThat(add(Api.tokenFor("staff"), record(staffId, "NGH", TODAY.minusDays(42))).status()).isEqualTo(403);
  }

  @Test
  void aCorrectionAndARevocationAreNewEntriesAndTheHistoryKeepsEverything() {
    JsonObject staff = Api.principal("staff");
    String own = Tokens.forPrincipal(staff);
    String hr = Api.tokenFor("hr");
    long original = add(hr, record(staff.getString("personId"), "NGH", TODAY.minusDays(100))).object().getJsonNumber("id").longValue();

    Api.Reply corrected = Api.post("/passport/api/records/" + original + "/corrections", hr,
        "{\"completedOn\":\"" + TODAY.minusDays(101) + "\",\"reason\":\"The certificate shows the day before.\"}");
    assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
    assertThat(corrected.object().getString("kind")).isEqualTo("CORRECTION");
    assertThat(corrected.object().getJsonNumber("supersedes").longValue()).isEqualTo(original);
    long correction = corrected.object().getJsonNumber("id").longValue();

    Api.Reply again = Api.post("/passport/api/records/" + original + "/corrections", hr, "{\"reason\":\"again\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.object().getString("detail")).contains("latest entry");

    Api.Reply noReason = Api.post("/passport/api/records/" + correction + "/revocations", hr, "{}");
    assertThat(noReason.status()).isEqualTo(400);
    Api.Reply revoked = Api.post("/passport/api/records/" + correction + "/revocations", hr, "{\"reason\":\"Entered for the wrong person.\"}");
    assertThat(revoked.status()).isEqualTo(201);
    assertThat(revoked.object().getString("kind")).isEqualTo("REVOCATION");

    List<JsonObject> history = historyOf(own);
    assertThat(history).extracting(r -> r.getJsonNumber("id").longValue())
        .contains(original, correction, revoked.object().getJsonNumber("id").longValue());
    assertThat(history.get(0).getString("reason")).isEqualTo("Entered for the wrong person.");
  }

  @Test
  void onlyTheAttestingOrganisationOrThePersonsEmployerChangesARecord() {
    String staffId = Api.principal("staff").getString("personId");
    long id = add(Api.tokenFor("hr"), record(staffId, "NGH", TODAY.minusDays(200))).object().getJsonNumber("id").longValue();
    Api.Reply stranger = Api.post("/passport/api/records/" + id + "/revocations", Api.tokenFor("carehome.hr"), "{\"reason\":\"no\"}");
    assertThat(stranger.status()).isEqualTo(403);
    assertThat(Api.post("/passport/api/records/" + id + "/revocations", Api.tokenFor("staff"), "{\"reason\":\"no\"}").status()).isEqualTo(403);
    assertThat(Api.post("/passport/api/records/999999999/revocations", Api.tokenFor("hr"), "{\"reason\":\"no\"}").status()).isEqualTo(404);
  }

  @Test
  void badRecordsAreExplainedAndNothingIsWritten() {
    JsonObject staff = Api.principal("staff");
    String own = Tokens.forPrincipal(staff);
    String id = staff.getString("personId");
    String hr = Api.tokenFor("hr");
    int before = historyOf(own).size();

    Api.Reply future = add(hr, record(id, "NGH", TODAY.plusDays(1)));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.object().getString("detail")).contains("future");
    Api.Reply subject = add(hr, record(id, "NGH", TODAY.minusDays(1)).add("subject", "JUGGLING"));
    assertThat(subject.status()).isEqualTo(400);
    assertThat(subject.object().getString("detail")).contains("JUGGLING");
    assertThat(add(hr, record(id, "NGH", TODAY.minusDays(1)).add("level", "9")).status()).isEqualTo(400);
    Api.Reply evidence = add(hr, record(id, "NGH", TODAY.minusDays(1)).add("evidenceReference", ""));
    assertThat(evidence.status()).isEqualTo(400);
    assertThat(evidence.object().getJsonArray("errors").toString()).contains("evidenceReference");
    assertThat(add(hr, record(id, "NGH", TODAY.minusDays(1)).add("evidenceReference", "x".repeat(201))).status()).isEqualTo(400);
    assertThat(add(hr, record("OWA-00000000", "NGH", TODAY.minusDays(1))).status()).isEqualTo(404);
    assertThat(add(hr, record(id, "ZZZ", TODAY.minusDays(1))).status()).isEqualTo(404);
    assertThat(Api.post("/passport/api/records", hr, "{\"personId\":").status()).isEqualTo(400);

    assertThat(historyOf(own)).hasSize(before);
  }
}
