package city.academy.systemtests.api;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An organisation's own rules: in its staff's passports, in transfer checks, kept by its HR only. */
@ExtendWith(PlatformExtension.class)
class LocalRulesIT {
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @Test
  void theHospitalsOwnRulesShowInItsStaffsPassportsBesideThePartnershipsStatus() {
    JsonObject passport = Api.get("/passport/api/people/me/passport", Api.tokenFor("staff")).object();
    List<JsonObject> local = passport.getJsonArray("localRequirements").getValuesAs(JsonObject.class);
    assertThat(local).anySatisfy(l -> {
      assertThat(l.getString("organisationCode")).isEqualTo("NGH");
      assertThat(l.getString("code")).isEqualTo("LOCAL-INDUCTION");
      assertThat(l.getString("status")).isIn("COMPLIANT", "MISSING");
    });
    List<JsonObject> refreshers = passport.getJsonArray("localRefreshers").getValuesAs(JsonObject.class);
    assertThat(refreshers).singleElement().satisfies(r -> {
      assertThat(r.getString("subject")).isEqualTo("FIRE_SAFETY");
      assertThat(r.getInt("refresherMonths")).isEqualTo(12);
    });
    JsonObject careHome = Api.get("/passport/api/people/me/passport", Api.tokenFor("carehome.staff")).object();
    assertThat(careHome.getJsonArray("localRequirements")).isEmpty();
    assertThat(careHome.getJsonArray("localRefreshers")).isEmpty();
  }

  @Test
  void aTransferCheckListsTheReceivingOrganisationsLocalRequirements() {
    String code = Api.post("/passport/api/people/me/share-codes", Api.tokenFor("carehome.staff"), "{}").object().getString("code");
    JsonObject check = Api.post("/passport/api/transfer-checks", Api.tokenFor("hr"),
        "{\"shareCode\":\"" + code + "\",\"organisationCode\":\"NGH\",\"staffGroup\":\"ADDITIONAL_CLINICAL_SERVICES\","
            + "\"clinical\":true,\"patientFacing\":true,\"startDate\":\"" + TODAY.plusDays(21) + "\"}").object();
    assertThat(check.getJsonArray("localRequirements").getValuesAs(JsonObject.class))
        .extracting(l -> l.getString("code")).contains("LOCAL-INDUCTION");
  }

  @Test
  void hrKeepsTheirOrganisationsRulesAndRecordsLocalTraining() {
    String hr = Api.tokenFor("hr");
    Api.Reply added = Api.post("/passport/api/organisations/NGH/local-rules", hr,
        "{\"kind\":\"REQUIREMENT\",\"code\":\"WARD-ORIENTATION\",\"title\":\"Ward orientation\",\"refresherMonths\":24,\"staffGroup\":\"NURSING_MIDWIFERY\"}");
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    long id = added.object().getJsonNumber("id").longValue();
    assertThat(Api.post("/passport/api/organisations/NGH/local-rules", hr,
        "{\"kind\":\"REQUIREMENT\",\"code\":\"WARD-ORIENTATION\",\"title\":\"Again\"}").status()).isEqualTo(409);

    String staffId = Api.principal("staff").getString("personId");
    Api.Reply record = Api.post("/passport/api/organisations/NGH/local-rules/records", hr,
        "{\"personId\":\"" + staffId + "\",\"localCode\":\"WARD-ORIENTATION\",\"completedOn\":\"" + TODAY.minusDays(2) + "\"}");
    assertThat(record.status()).as(record.toString()).isEqualTo(201);
    assertThat(record.object().getString("expiresOn")).isEqualTo(TODAY.minusDays(2).plusMonths(24).toString());
    JsonObject passport = Api.get("/passport/api/people/me/passport", Api.tokenFor("staff")).object();
    assertThat(passport.getJsonArray("localRequirements").getValuesAs(JsonObject.class))
        .anySatisfy(l -> {
          assertThat(l.getString("code")).isEqualTo("WARD-ORIENTATION");
          assertThat(l.getString("status")).isEqualTo("COMPLIANT");
        });

    assertThat(Api.send("DELETE", "/passport/api/organisations/NGH/local-rules/" + id, hr, null, null).status()).isEqualTo(204);
    assertThat(Api.get("/passport/api/organisations/NGH/local-rules", hr).text()).doesNotContain("WARD-ORIENTATION");
    assertThat(Api.send("DELETE", "/passport/api/organisations/NGH/local-rules/" + id, hr, null, null).status()).isEqualTo(404);
  }

  @Test
  void anotherOrganisationCannotTouchThem() {
    String careHr = Api.tokenFor("carehome.hr");
    Api.Reply reply = Api.post("/passport/api/organisations/NGH/local-rules", careHr, "{\"kind\":\"REQUIREMENT\",\"code\":\"X-1\",\"title\":\"X\"}");
    assertThat(reply.status()).isEqualTo(403);
    assertThat(Api.post("/passport/api/organisations/NGH/local-rules", Api.tokenFor("staff"), "{\"kind\":\"REQUIREMENT\",\"code\":\"X-1\",\"title\":\"X\"}").status()).isEqualTo(403);
    String staffId = Api.principal("staff").getString("personId");
    Api.Reply notTheirs = Api.post("/passport/api/organisations/BWC/local-rules/records", careHr,
        "{\"personId\":\"" + staffId + "\",\"localCode\":\"LOCAL-INDUCTION\",\"completedOn\":\"" + TODAY + "\"}");
    assertThat(notTheirs.status()).isEqualTo(404);
    assertThat(Api.get("/passport/api/organisations/NGH/local-rules", Api.tokenFor("carehome.staff")).status()).isEqualTo(200);
  }

  @Test
  void badRulesAreExplained() {
    String hr = Api.tokenFor("hr");
    Api.Reply laxer = Api.post("/passport/api/organisations/NGH/local-rules", hr, "{\"kind\":\"REFRESHER\",\"subject\":\"FIRE_SAFETY\",\"level\":\"1\",\"refresherMonths\":36}");
    assertThat(laxer.status()).isEqualTo(400);
    assertThat(laxer.object().getString("detail")).contains("stricter");
    assertThat(Api.post("/passport/api/organisations/NGH/local-rules", hr, "{\"kind\":\"REFRESHER\",\"subject\":\"JUGGLING\",\"level\":\"1\",\"refresherMonths\":6}").status()).isEqualTo(400);
    assertThat(Api.post("/passport/api/organisations/NGH/local-rules", hr, "{\"kind\":\"REQUIREMENT\",\"code\":\"bad code\",\"title\":\"X\"}").status()).isEqualTo(400);
    assertThat(Api.post("/passport/api/organisations/NGH/local-rules", hr, "{\"code\":\"X-2\",\"title\":\"X\"}").status()).isEqualTo(400);
    assertThat(Api.post("/passport/api/organisations/NGH/local-rules", hr, "{\"kind\":\"REQUIREMENT\",\"code\":\"X-3\",\"title\":\"X\",\"refresherMonths\":0}").status()).isEqualTo(400);
    assertThat(Api.get("/passport/api/organisations/ZZZ/local-rules", hr).status()).isEqualTo(404);
    String staffId = Api.principal("staff").getString("personId");
    Api.Reply future = Api.post("/passport/api/organisations/NGH/local-rules/records", hr,
        "{\"personId\":\"" + staffId + "\",\"localCode\":\"LOCAL-INDUCTION\",\"completedOn\":\"" + TODAY.plusDays(5) + "\"}");
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.object().getString("detail")).contains("future");
    String careStaffId = Api.principal("carehome.staff").getString("personId");
    assertThat(Api.post("/passport/api/organisations/NGH/local-rules/records", hr,
        "{\"personId\":\"" + careStaffId + "\",\"localCode\":\"LOCAL-INDUCTION\",\"completedOn\":\"" + TODAY + "\"}").status()).isEqualTo(403);
  }
}
