package city.academy.systemtests.api;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import city.academy.systemtests.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The passport service over HTTP: sign-in checks, organisations, people and who may see whom. */
@ExtendWith(PlatformExtension.class)
class PassportApiIT {

  @Test
  void aRightPasswordSaysWhoThePersonIs() {
    JsonObject hr = Api.principal("hr");
    assertThat(hr.getString("displayName")).isNotBlank();
    assertThat(hr.getJsonArray("roles").getValuesAs(JsonString.class)).extracting(JsonString::getString).contains("STAFF", "HR_ADMIN");
    assertThat(hr.getJsonArray("hrAdminOf").getString(0)).isEqualTo("NGH");
    assertThat(Api.principal("manager").getJsonArray("roles").toString()).contains("LINE_MANAGER");
    assertThat(Api.principal("admin").getJsonArray("roles").toString()).contains("ACADEMY_ADMIN");
    assertThat(Api.principal("provider").getJsonArray("providerFor").getString(0)).isEqualTo("NGH");
  }

  @Test
  void aWrongPasswordOrUnknownUserIsRefusedAlike() {
    Api.Reply wrong = Api.post("/passport/api/auth/password", Tokens.system(), "{\"username\":\"staff\",\"password\":\"nope\"}");
    Api.Reply unknown = Api.post("/passport/api/auth/password", Tokens.system(), "{\"username\":\"nobody\",\"password\":\"nope\"}");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.isProblem()).isTrue();
    assertThat(wrong.object().getString("detail")).isEqualTo("The username or password is not right.");
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(unknown.object().getString("detail")).isEqualTo(wrong.object().getString("detail"));
  }

  @Test
  void onlyThePortalMayCheckPasswords() {
    Api.Reply reply = Api.post("/passport/api/auth/password", Api.tokenFor("admin"), "{\"username\":\"staff\",\"password\":\"academy\"}");
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.isProblem()).isTrue();
  }

  @Test
  void aBadPasswordCheckRequestIsExplained() {
    Api.Reply malformed = Api.post("/passport/api/auth/password", Tokens.system(), "{\"username\":");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.isProblem()).isTrue();
    assertThat(malformed.text()).doesNotContain("Exception").doesNotContain("at city.");

    Api.Reply missing = Api.post("/passport/api/auth/password", Tokens.system(), "{\"username\":\"staff\"}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.object().getJsonArray("errors").toString()).contains("password");

    Api.Reply oversize = Api.post("/passport/api/auth/password", Tokens.system(), "{\"username\":\"" + "x".repeat(65) + "\",\"password\":\"p\"}");
    assertThat(oversize.status()).isEqualTo(400);
    assertThat(oversize.object().getJsonArray("errors").toString()).contains("username");

    Api.Reply wrongType = Api.send("POST", "/passport/api/auth/password", Tokens.system(), "text/plain", "staff:academy");
    assertThat(wrongType.status()).isEqualTo(415);
    assertThat(wrongType.isProblem()).isTrue();
  }

  @Test
  void everyoneSignedInSeesThePartners() {
    Api.Reply reply = Api.get("/passport/api/organisations", Api.tokenFor("staff"));
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.text()).contains("\"code\":\"NGH\"").contains("\"code\":\"BWC\"");
  }

  @Test
  void hrSeesTheirOwnOrganisationsStaffOnly() {
    Api.Reply own = Api.get("/passport/api/organisations/NGH/staff?size=5", Api.tokenFor("hr"));
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.object().getJsonArray("items")).hasSize(5);
    assertThat(own.object().getJsonNumber("total").longValue()).isGreaterThan(50);

    Api.Reply other = Api.get("/passport/api/organisations/NGH/staff", Api.tokenFor("carehome.hr"));
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.isProblem()).isTrue();
    assertThat(other.object().getString("detail")).contains("your own organisation");

    assertThat(Api.get("/passport/api/organisations/BWC/staff", Api.tokenFor("carehome.hr")).status()).isEqualTo(200);
    assertThat(Api.get("/passport/api/organisations/NGH/staff", Api.tokenFor("staff")).status()).isEqualTo(403);
    assertThat(Api.get("/passport/api/organisations/BWC/staff", Api.tokenFor("admin")).status()).isEqualTo(200);
  }

  @Test
  void staffListsRefuseBadPagesAndUnknownOrganisations() {
    String hr = Api.tokenFor("hr");
    Api.Reply unknown = Api.get("/passport/api/organisations/ZZZ/staff", hr);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.object().getString("detail")).contains("ZZZ");
    assertThat(Api.get("/passport/api/organisations/NGH/staff?size=0", hr).status()).isEqualTo(400);
    assertThat(Api.get("/passport/api/organisations/NGH/staff?size=5000", hr).status()).isEqualTo(400);
    assertThat(Api.get("/passport/api/organisations/NGH/staff?page=-1", hr).status()).isEqualTo(400);
    Api.Reply notANumber = Api.get("/passport/api/organisations/NGH/staff?page=first", hr);
    assertThat(notANumber.status()).isIn(400, 404);
    assertThat(notANumber.isProblem()).isTrue();
  }

  @Test
  void aPersonSeesThemselvesTheirManagerAndHrSeeThemOthersDoNot() {
    JsonObject staff = Api.principal("staff");
    String id = staff.getString("personId");
    Api.Reply me = Api.get("/passport/api/people/me", Tokens.forPrincipal(staff));
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.object().getString("personId")).isEqualTo(id);
    assertThat(me.object().getJsonArray("employments")).isNotEmpty();

    assertThat(Api.get("/passport/api/people/" + id, Tokens.forPrincipal(staff)).status()).isEqualTo(200);
    assertThat(Api.get("/passport/api/people/" + id, Api.tokenFor("manager")).status()).isEqualTo(200);
    assertThat(Api.get("/passport/api/people/" + id, Api.tokenFor("hr")).status()).isEqualTo(200);
    assertThat(Api.get("/passport/api/people/" + id, Api.tokenFor("admin")).status()).isEqualTo(200);

    Api.Reply otherOrg = Api.get("/passport/api/people/" + id, Api.tokenFor("carehome.hr"));
    assertThat(otherOrg.status()).isEqualTo(403);
    assertThat(otherOrg.isProblem()).isTrue();
    assertThat(Api.get("/passport/api/people/" + id, Api.tokenFor("carehome.staff")).status()).isEqualTo(403);
    assertThat(Api.get("/passport/api/people/" + id, Api.tokenFor("provider")).status()).isEqualTo(403);
  }

  @Test
  void unknownAndMalformedPeopleAreExplained() {
    String admin = Api.tokenFor("admin");
    Api.Reply unknown = Api.get("/passport/api/people/OWA-00000000", admin);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.isProblem()).isTrue();
    Api.Reply malformed = Api.get("/passport/api/people/not%20an%20id", admin);
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.isProblem()).isTrue();
  }

  @Test
  void theFrameworkInForceIsPublishedWithItsSources() {
    Api.Reply reply = Api.get("/passport/api/framework", Api.tokenFor("staff"));
    assertThat(reply.status()).isEqualTo(200);
    JsonObject framework = reply.object();
    assertThat(framework.getString("id")).isEqualTo("cstf-england");
    assertThat(framework.getJsonArray("subjects").size()).isGreaterThanOrEqualTo(11);
    assertThat(framework.getJsonArray("sources")).isNotEmpty();
    assertThat(reply.text()).contains("\"code\":\"FIRE_SAFETY\"");
  }

  @Test
  void readinessChecksBothDatabases() {
    Api.Reply ready = Api.get("/health/ready", null);
    assertThat(ready.text()).contains("passport-database").contains("catalogue-database").contains("\"status\":\"UP\"");
  }
}
