package city.academy.systemtests.api;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import city.academy.systemtests.Tokens;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The staff passport over HTTP: statuses as of a day, who may look, and the access log. */
@ExtendWith(PlatformExtension.class)
class StaffPassportIT {

  private static final Set<String> STATUSES = Set.of("COMPLIANT", "EXPIRING", "EXPIRED", "MISSING");

  @Test
  void aPersonSeesTheirPassportWithAStatusForEveryRequirement() {
    Api.Reply reply = Api.get("/passport/api/people/me/passport", Api.tokenFor("staff"));
    assertThat(reply.status()).isEqualTo(200);
    JsonObject passport = reply.object();
    assertThat(passport.getString("frameworkVersion")).isNotBlank();
    assertThat(passport.getInt("expiringWindowDays")).isEqualTo(90);
    List<JsonObject> requirements = passport.getJsonArray("requirements").getValuesAs(JsonObject.class);
    assertThat(requirements).hasSizeGreaterThanOrEqualTo(10);
    assertThat(requirements).allSatisfy(r -> assertThat(STATUSES).contains(r.getString("status")));
    assertThat(requirements).extracting(r -> r.getString("subject")).contains("FIRE_SAFETY", "SAFEGUARDING_ADULTS");
    assertThat(requirements).filteredOn(r -> r.getString("status").equals("COMPLIANT"))
        .allSatisfy(r -> assertThat(r.getJsonObject("record").getString("completedOn")).isNotBlank());
    boolean allMet = requirements.stream().allMatch(r -> Set.of("COMPLIANT", "EXPIRING").contains(r.getString("status")));
    assertThat(passport.getBoolean("compliant")).isEqualTo(allMet);
  }

  @Test
  void farInTheFutureEverythingThatExpiresHasExpired() {
    JsonObject passport = Api.get("/passport/api/people/me/passport?asOf=2045-01-01", Api.tokenFor("staff")).object();
    assertThat(passport.getString("asOf")).isEqualTo("2045-01-01");
    assertThat(passport.getBoolean("compliant")).isFalse();
    assertThat(passport.getJsonArray("requirements").getValuesAs(JsonObject.class))
        .allSatisfy(r -> assertThat(r.getString("status")).isIn("EXPIRED", "MISSING", "COMPLIANT"))
        .anySatisfy(r -> assertThat(r.getString("status")).isEqualTo("EXPIRED"));
  }

  @Test
  void aBadDayIsExplained() {
    String token = Api.tokenFor("staff");
    Api.Reply notADate = Api.get("/passport/api/people/me/passport?asOf=22/11/2026", token);
    assertThat(notADate.status()).isEqualTo(400);
    assertThat(notADate.object().getString("detail")).contains("YYYY-MM-DD");
    assertThat(Api.get("/passport/api/people/me/passport?asOf=1800-01-01", token).status()).isEqualTo(400);
    assertThat(Api.get("/passport/api/people/me/passport?asOf=2026-02-30", token).status()).isEqualTo(400);
  }

  @Test
  void theLineManagerAndTheirHrMayLookAndEveryLookIsLogged() {
    JsonObject staff = Api.principal("staff");
    String id = staff.getString("personId");
    String own = Tokens.forPrincipal(staff);
    int before = Api.get("/passport/api/people/me/access-log", own).json().asJsonArray().size();

    assertThat(Api.get("/passport/api/people/me/passport", own).status()).isEqualTo(200);
    assertThat(Api.get("/passport/api/people/" + id + "/passport", own).status()).isEqualTo(200);
    assertThat(Api.get("/passport/api/people/me/access-log", own).json().asJsonArray()).as("own looks are not logged").hasSize(before);

    assertThat(Api.get("/passport/api/people/" + id + "/passport", Api.tokenFor("manager")).status()).isEqualTo(200);
    assertThat(Api.get("/passport/api/people/" + id + "/passport?asOf=2027-01-01", Api.tokenFor("hr")).status()).isEqualTo(200);

    List<JsonObject> log = Api.get("/passport/api/people/me/access-log", own).json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(log).hasSize(before + 2);
    assertThat(log.get(0).getString("viewerRole")).isEqualTo("HR_ADMIN");
    assertThat(log.get(0).getString("organisation")).isEqualTo("NGH");
    assertThat(log.get(0).getString("purpose")).isEqualTo("PASSPORT_VIEW");
    assertThat(log.get(0).getString("viewer")).isEqualTo(Api.principal("hr").getString("displayName"));
    assertThat(log.get(1).getString("viewerRole")).isEqualTo("LINE_MANAGER");
  }

  @Test
  void nobodyElseMayLookAndTheirTryIsNotLogged() {
    JsonObject staff = Api.principal("staff");
    String id = staff.getString("personId");
    String own = Tokens.forPrincipal(staff);
    int before = Api.get("/passport/api/people/me/access-log", own).json().asJsonArray().size();
    for (String other : List.of("carehome.hr", "carehome.staff", "provider", "admin")) {
      Api.Reply reply = Api.get("/passport/api/people/" + id + "/passport", Api.tokenFor(other));
      assertThat(reply.status()).as(other).isEqualTo(403);
      assertThat(reply.isProblem()).isTrue();
      assertThat(reply.object().getString("detail")).contains("share code");
    }
    assertThat(Api.get("/passport/api/people/me/access-log", own).json().asJsonArray()).hasSize(before);
  }

  @Test
  void unknownAndMalformedPeopleAreExplained() {
    String hr = Api.tokenFor("hr");
    assertThat(Api.get("/passport/api/people/OWA-00000000/passport", hr).status()).isEqualTo(404);
    assertThat(Api.get("/passport/api/people/bad%20id/passport", hr).status()).isEqualTo(400);
  }

  @Test
  void aPersonSeesTheirWholeHistoryNewestFirst() {
    List<JsonObject> records = Api.get("/passport/api/people/me/records", Api.tokenFor("staff")).json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(records).isNotEmpty();
    assertThat(records).allSatisfy(r -> {
      assertThat(r.getString("kind")).isIn("ENTRY", "CORRECTION", "REVOCATION");
      assertThat(r.getString("source")).isIn("IMPORT", "CATALOGUE", "MANUAL");
    });
    assertThat(records).anySatisfy(r -> assertThat(r.getString("source")).isEqualTo("IMPORT"));
    List<java.time.OffsetDateTime> entered = records.stream().map(r -> java.time.OffsetDateTime.parse(r.getString("enteredAt"))).toList();
    assertThat(entered).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void aLineManagerSeesTheirTeamInBriefAndEachLookIsLogged() {
    JsonObject staff = Api.principal("staff");
    String own = Tokens.forPrincipal(staff);
    int before = Api.get("/passport/api/people/me/access-log", own).json().asJsonArray().size();
    Api.Reply team = Api.get("/passport/api/people/me/team", Api.tokenFor("manager"));
    assertThat(team.status()).isEqualTo(200);
    List<JsonObject> members = team.json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(members).extracting(m -> m.getString("personId")).contains(staff.getString("personId"));
    assertThat(members).allSatisfy(m -> assertThat(m.getInt("compliantCount") + m.getInt("expiringCount")
        + m.getInt("expiredCount") + m.getInt("missingCount")).isGreaterThanOrEqualTo(10));
    List<JsonObject> log = Api.get("/passport/api/people/me/access-log", own).json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(log).hasSize(before + 1);
    assertThat(log.get(0).getString("purpose")).isEqualTo("TEAM_SUMMARY");
    Api.Reply notAManager = Api.get("/passport/api/people/me/team", Api.tokenFor("carehome.staff"));
    assertThat(notAManager.status()).isEqualTo(403);
  }

  @Test
  void thePortalsSystemTokenHasNoPassport() {
    assertThat(Api.get("/passport/api/people/me/passport", Tokens.system()).status()).isEqualTo(403);
  }
}
