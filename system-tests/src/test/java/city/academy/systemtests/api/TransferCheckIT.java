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

/** Share codes and the transfer check over HTTP: consent, its limits, and what counts for a new post. */
@ExtendWith(PlatformExtension.class)
class TransferCheckIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  private static JsonObject issue(String token, String body) {
    Api.Reply reply = Api.post("/passport/api/people/me/share-codes", token, body);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.object();
  }

  private static JsonObjectBuilder careWorkerPost(String organisation) {
    return Json.createObjectBuilder()
        .add("organisationCode", organisation)
        .add("staffGroup", "CARE_WORKER")
        .add("jobRole", "Care Worker")
        .add("clinical", true)
        .add("patientFacing", true)
        .add("startDate", TODAY.plusDays(14).toString());
  }

  private static Api.Reply check(String token, JsonObjectBuilder body) {
    return Api.post("/passport/api/transfer-checks", token, body.build().toString());
  }

  @Test
  void aPersonIssuesACodeThatIsShownOnceAndListedAfterwards() {
    String staff = Api.tokenFor("staff");
    JsonObject code = issue(staff, "{}");
    assertThat(code.getString("code")).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    assertThat(code.getString("status")).isEqualTo("ACTIVE");
    assertThat(code.getString("validUntil")).isEqualTo(TODAY.plusDays(27).toString());
    List<JsonObject> mine = Api.get("/passport/api/people/me/share-codes", staff).json().asJsonArray().getValuesAs(JsonObject.class);
    JsonObject listed = mine.stream().filter(c -> c.getJsonNumber("id").longValue() == code.getJsonNumber("id").longValue()).findFirst().orElseThrow();
    assertThat(!listed.containsKey("code") || listed.isNull("code")).as("the code is not shown again").isTrue();
    assertThat(listed.getString("hint")).isEqualTo(code.getString("code").substring(10));
  }

  @Test
  void hrOfTheReceivingOrganisationChecksWithTheCodeAndTheLookIsLogged() {
    JsonObject staff = Api.principal("staff");
    String own = Tokens.forPrincipal(staff);
    String code = issue(own, "{\"validDays\":7,\"organisationCode\":\"BWC\"}").getString("code");
    int logBefore = Api.get("/passport/api/people/me/access-log", own).json().asJsonArray().size();

    Api.Reply reply = check(Api.tokenFor("carehome.hr"), careWorkerPost("BWC").add("shareCode", code.toLowerCase()));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonObject result = reply.object();
    assertThat(result.getString("personId")).isEqualTo(staff.getString("personId"));
    List<JsonObject> items = result.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(items).hasSizeGreaterThanOrEqualTo(10);
    assertThat(items).extracting(i -> i.getString("outcome")).allMatch(o -> List.of("MET", "EXPIRES_BEFORE_START", "MISSING").contains(o));
    assertThat(items).filteredOn(i -> i.getString("subject").equals("CARE_CERTIFICATE")).singleElement()
        .satisfies(i -> assertThat(i.getString("outcome")).as("a nurse has no Care Certificate").isEqualTo("MISSING"));
    assertThat(result.getInt("metCount") + result.getInt("toDoCount")).isEqualTo(items.size());
    double metHours = items.stream().filter(i -> i.getString("outcome").equals("MET")).mapToDouble(i -> i.getJsonNumber("typicalHours").doubleValue()).sum();
    assertThat(result.getJsonNumber("hoursAvoided").doubleValue()).isCloseTo(metHours, org.assertj.core.data.Offset.offset(0.001));

    List<JsonObject> log = Api.get("/passport/api/people/me/access-log", own).json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(log).hasSize(logBefore + 1);
    assertThat(log.get(0).getString("purpose")).isEqualTo("TRANSFER_CHECK");
    assertThat(log.get(0).getString("organisation")).isEqualTo("BWC");
  }

  @Test
  void aCodeForOneOrganisationIsRefusedToAnother() {
    String code = issue(Api.tokenFor("carehome.staff"), "{\"organisationCode\":\"BWC\"}").getString("code");
    Api.Reply reply = check(Api.tokenFor("hr"), careWorkerPost("NGH").add("shareCode", code));
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.object().getString("detail")).contains("another organisation");
  }

  @Test
  void aWithdrawnCodeIsRefusedAndStaysListedAsRevoked() {
    String staff = Api.tokenFor("staff");
    JsonObject code = issue(staff, "{}");
    long id = code.getJsonNumber("id").longValue();
    Api.Reply revoked = Api.send("DELETE", "/passport/api/people/me/share-codes/" + id, staff, null, null);
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.object().getString("status")).isEqualTo("REVOKED");
    Api.Reply reply = check(Api.tokenFor("carehome.hr"), careWorkerPost("BWC").add("shareCode", code.getString("code")));
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.object().getString("detail")).contains("withdrawn");
    assertThat(Api.get("/passport/api/people/me/share-codes", staff).text()).contains("REVOKED");
  }

  @Test
  void nobodyRevokesSomeoneElsesCode() {
    long id = issue(Api.tokenFor("staff"), "{}").getJsonNumber("id").longValue();
    Api.Reply reply = Api.send("DELETE", "/passport/api/people/me/share-codes/" + id, Api.tokenFor("carehome.staff"), null, null);
    assertThat(reply.status()).isEqualTo(404);
    assertThat(Api.get("/passport/api/people/me/share-codes", Api.tokenFor("staff")).text()).contains("\"id\":" + id);
  }

  @Test
  void anUnknownCodeIsExplained() {
    Api.Reply reply = check(Api.tokenFor("carehome.hr"), careWorkerPost("BWC").add("shareCode", "ZZZZ-ZZZZ-ZZZZ"));
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.object().getString("detail")).contains("typed correctly");
  }

  @Test
  void hrChecksTheirOwnStaffWithoutACodeButNobodyElses() {
    String staffId = Api.principal("staff").getString("personId");
    assertThat(check(Api.tokenFor("hr"), careWorkerPost("NGH").add("personId", staffId)).status()).isEqualTo(200);
    Api.Reply stranger = check(Api.tokenFor("carehome.hr"), careWorkerPost("BWC").add("personId", staffId));
    assertThat(stranger.status()).isEqualTo(403);
    assertThat(stranger.object().getString("detail")).contains("share code");
  }

  @Test
  void onlyHrOfTheReceivingOrganisationMayCheck() {
    String staffId = Api.principal("staff").getString("personId");
    Api.Reply otherOrg = check(Api.tokenFor("hr"), careWorkerPost("BWC").add("personId", staffId));
    assertThat(otherOrg.status()).isEqualTo(403);
    assertThat(otherOrg.object().getString("detail")).contains("your own organisation");
    assertThat(check(Api.tokenFor("staff"), careWorkerPost("NGH").add("personId", staffId)).status()).isEqualTo(403);
    assertThat(check(Api.tokenFor("admin"), careWorkerPost("NGH").add("personId", staffId)).status()).isEqualTo(403);
  }

  @Test
  void badTransferChecksAreExplainedAndLeaveNoTrace() {
    JsonObject staff = Api.principal("staff");
    String own = Tokens.forPrincipal(staff);
    String staffId = staff.getString("personId");
    String hr = Api.tokenFor("hr");
    int logBefore = Api.get("/passport/api/people/me/access-log", own).json().asJsonArray().size();

    Api.Reply past = check(hr, careWorkerPost("NGH").add("personId", staffId).add("startDate", TODAY.minusDays(1).toString()));
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.object().getString("detail")).contains("has passed");
    Api.Reply group = check(hr, careWorkerPost("NGH").add("personId", staffId).add("staffGroup", "WIZARDS"));
    assertThat(group.status()).isEqualTo(400);
    assertThat(group.object().getString("detail")).contains("WIZARDS");
    assertThat(check(hr, careWorkerPost("NGH")).status()).as("neither code nor person").isEqualTo(400);
    assertThat(check(hr, careWorkerPost("NGH").add("personId", staffId).add("shareCode", "ABCD")).status()).as("both").isEqualTo(400);
    Api.Reply noStart = check(hr, careWorkerPost("NGH").add("personId", staffId).addNull("startDate"));
    assertThat(noStart.status()).isEqualTo(400);
    assertThat(noStart.object().getJsonArray("errors").toString()).contains("startDate");
    Api.Reply badDate = Api.post("/passport/api/transfer-checks", hr, careWorkerPost("NGH").add("personId", staffId).build().toString().replace(TODAY.plusDays(14).toString(), "next week"));
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(check(hr, careWorkerPost("NGH").add("personId", "x".repeat(40))).status()).isEqualTo(400);
    assertThat(check(hr, careWorkerPost("NGH").add("personId", "OWA-00000000")).status()).isEqualTo(404);

    assertThat(Api.get("/passport/api/people/me/access-log", own).json().asJsonArray()).as("refused checks are not looks").hasSize(logBefore);
  }

  @Test
  void badShareCodeRequestsAreExplained() {
    String staff = Api.tokenFor("staff");
    int before = Api.get("/passport/api/people/me/share-codes", staff).json().asJsonArray().size();
    Api.Reply zero = Api.post("/passport/api/people/me/share-codes", staff, "{\"validDays\":0}");
    assertThat(zero.status()).isEqualTo(400);
    assertThat(zero.object().getString("detail")).contains("at least 1 day");
    assertThat(Api.post("/passport/api/people/me/share-codes", staff, "{\"validDays\":91}").status()).isEqualTo(400);
    assertThat(Api.post("/passport/api/people/me/share-codes", staff, "{\"validDays\":\"soon\"}").status()).isEqualTo(400);
    assertThat(Api.post("/passport/api/people/me/share-codes", staff, "{\"organisationCode\":\"ZZZ\"}").status()).isEqualTo(404);
    assertThat(Api.post("/passport/api/people/me/share-codes", staff, "{\"organisationCode\":\"not a code\"}").status()).isEqualTo(400);
    assertThat(Api.get("/passport/api/people/me/share-codes", staff).json().asJsonArray()).as("nothing issued").hasSize(before);
  }
}
