package city.academy.systemtests.api;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Compliance dashboards over HTTP: the numbers add up, and each is seen only by those it is for. */
@ExtendWith(PlatformExtension.class)
class ComplianceIT {

  @Test
  void hrSeesTheirOrganisationsComplianceAndTheNumbersAddUp() {
    Api.Reply reply = Api.get("/passport/api/compliance/organisations/NGH", Api.tokenFor("hr"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonObject compliance = reply.object();
    long people = compliance.getJsonNumber("people").longValue();
    long staffCount = Api.get("/passport/api/organisations/NGH/staff?size=1", Api.tokenFor("hr")).object().getJsonNumber("total").longValue();
    assertThat(people).isEqualTo(staffCount);
    assertThat(compliance.getJsonNumber("compliantPeople").longValue()).isBetween(0L, people);
    List<JsonObject> subjects = compliance.getJsonArray("bySubject").getValuesAs(JsonObject.class);
    JsonObject fire = subjects.stream().filter(s -> s.getString("subject").equals("FIRE_SAFETY")).findFirst().orElseThrow();
    long fireTotal = fire.getJsonNumber("compliant").longValue() + fire.getJsonNumber("expiring").longValue()
        + fire.getJsonNumber("expired").longValue() + fire.getJsonNumber("missing").longValue();
    assertThat(fireTotal).as("everyone needs fire safety").isEqualTo(people);
    long groupPeople = compliance.getJsonArray("byStaffGroup").getValuesAs(JsonObject.class).stream()
        .mapToLong(g -> g.getJsonNumber("people").longValue()).sum();
    assertThat(groupPeople).isEqualTo(people);
  }

  @Test
  void theCitysComplianceIsForAcademyAdmins() {
    Api.Reply city = Api.get("/passport/api/compliance/city", Api.tokenFor("admin"));
    assertThat(city.status()).isEqualTo(200);
    JsonObject compliance = city.object();
    assertThat(compliance.getString("scope")).isEqualTo("CITY");
    assertThat(compliance.getJsonArray("byOrganisation").getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("code")).contains("NGH", "BWC");
    assertThat(compliance.getJsonNumber("people").longValue()).isGreaterThan(300);
    assertThat(Api.get("/passport/api/compliance/city", Api.tokenFor("hr")).status()).isEqualTo(403);
  }

  @Test
  void anotherOrganisationsComplianceIsRefused() {
    Api.Reply reply = Api.get("/passport/api/compliance/organisations/NGH", Api.tokenFor("carehome.hr"));
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.object().getString("detail")).contains("your own organisation");
    assertThat(Api.get("/passport/api/compliance/organisations/NGH", Api.tokenFor("staff")).status()).isEqualTo(403);
    assertThat(Api.get("/passport/api/compliance/organisations/NGH", Api.tokenFor("manager")).status()).isEqualTo(403);
    assertThat(Api.get("/passport/api/compliance/organisations/BWC", Api.tokenFor("admin")).status()).isEqualTo(200);
  }

  @Test
  void theExpiringListIsSoonestFirstAndWithinTheHorizon() {
    Api.Reply reply = Api.get("/passport/api/compliance/organisations/NGH/expiring?days=60", Api.tokenFor("hr"));
    assertThat(reply.status()).isEqualTo(200);
    List<JsonObject> expiring = reply.json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(expiring).isNotEmpty();
    List<String> dates = expiring.stream().map(e -> e.getString("expiresOn")).toList();
    assertThat(dates).isSorted();
    assertThat(java.time.LocalDate.parse(dates.get(dates.size() - 1))).isBeforeOrEqualTo(java.time.LocalDate.now().plusDays(61));
  }

  @Test
  void hrDrillFromACountToThePeopleBehindIt() {
    String hr = Api.tokenFor("hr");
    JsonObject ngh = Api.get("/passport/api/compliance/organisations/NGH", hr).object();
    JsonObject fire = ngh.getJsonArray("bySubject").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("subject").equals("FIRE_SAFETY")).findFirst().orElseThrow();
    long expired = fire.getJsonNumber("expired").longValue();
    Api.Reply reply = Api.get("/passport/api/compliance/organisations/NGH/people?subject=FIRE_SAFETY&status=EXPIRED", hr);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    List<JsonObject> people = reply.json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat((long) people.size()).isEqualTo(Math.min(expired, 500));
    assertThat(people).allSatisfy(p -> {
      assertThat(p.getString("status")).isEqualTo("EXPIRED");
      assertThat(p.getString("subject")).isEqualTo("FIRE_SAFETY");
      assertThat(java.time.LocalDate.parse(p.getString("expiresOn"))).isBeforeOrEqualTo(java.time.LocalDate.now());
    });
    assertThat(people.stream().map(p -> p.getString("displayName")).toList()).isSorted();

    // People, not figures: the organisation's own HR only.
    String path = "/passport/api/compliance/organisations/NGH/people?subject=FIRE_SAFETY&status=MISSING";
    assertThat(Api.get(path, Api.tokenFor("admin")).status()).isEqualTo(403);
    assertThat(Api.get(path, Api.tokenFor("carehome.hr")).status()).isEqualTo(403);
    assertThat(Api.get(path, Api.tokenFor("staff")).status()).isEqualTo(403);
    assertThat(Api.get("/passport/api/compliance/organisations/NGH/expiring?days=30", Api.tokenFor("admin")).status()).isEqualTo(403);

    Api.Reply badStatus = Api.get("/passport/api/compliance/organisations/NGH/people?subject=FIRE_SAFETY&status=ON_FIRE", hr);
    assertThat(badStatus.status()).isEqualTo(400);
    assertThat(badStatus.object().getString("detail")).contains("ON_FIRE");
    assertThat(Api.get("/passport/api/compliance/organisations/NGH/people?subject=JUGGLING&status=MISSING", hr).status()).isEqualTo(400);
    assertThat(Api.get("/passport/api/compliance/organisations/NGH/people?status=MISSING", hr).status()).isEqualTo(400);
    assertThat(Api.get("/passport/api/compliance/organisations/ZZZ/people?subject=FIRE_SAFETY&status=MISSING", hr).status()).isEqualTo(404);
  }

  @Test
  void theOrganisationsComplianceDownloadsAsCsv() {
    Api.Reply csv = Api.send("GET", "/passport/api/compliance/organisations/NGH/csv", Api.tokenFor("hr"), null, null, "text/csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    List<String> lines = csv.text().lines().toList();
    assertThat(lines.get(0)).isEqualTo("organisation,as_of,staff_group,subject,compliant,expiring,expired,missing,percent_met");
    assertThat(lines).hasSizeGreaterThan(10);
    assertThat(lines.get(1)).startsWith("NGH,");
    assertThat(Api.send("GET", "/passport/api/compliance/organisations/NGH/csv", Api.tokenFor("carehome.hr"), null, null, "text/csv").status()).isEqualTo(403);
  }

  @Test
  void badRequestsAreExplained() {
    String hr = Api.tokenFor("hr");
    assertThat(Api.get("/passport/api/compliance/organisations/ZZZ", Api.tokenFor("admin")).status()).isEqualTo(404);
    assertThat(Api.get("/passport/api/compliance/organisations/NGH?asOf=yesterday", hr).status()).isEqualTo(400);
    Api.Reply days = Api.get("/passport/api/compliance/organisations/NGH/expiring?days=0", hr);
    assertThat(days.status()).isEqualTo(400);
    assertThat(days.object().getString("detail")).contains("1 to 365");
    assertThat(Api.get("/passport/api/compliance/organisations/NGH/expiring?days=999", hr).status()).isEqualTo(400);
  }
}
