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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Completions handed over by the catalogue: recorded once per reference, counted in the passport. */
@ExtendWith(PlatformExtension.class)
class CompletionsIT {
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  private static JsonObjectBuilder completion(String personId, String reference) {
    return Json.createObjectBuilder().add("reference", reference).add("personId", personId)
        .add("subject", "EQUALITY_DIVERSITY").add("level", "1").add("courseTitle", "Equality, diversity and human rights")
        .add("completedOn", TODAY.minusDays(2).toString()).add("deliveredBy", "BWC");
  }

  private static Api.Reply send(String token, JsonObjectBuilder body) {
    return Api.post("/passport/api/records/completions", token, body.build().toString());
  }

  @Test
  void aCompletionIsRecordedOnceHoweverOftenItIsSent() {
    JsonObject staff = Api.principal("staff");
    String reference = "catalogue-completion-" + UUID.randomUUID();
    Api.Reply first = send(Tokens.system(), completion(staff.getString("personId"), reference));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    JsonObject record = first.object();
    assertThat(record.getString("source")).isEqualTo("CATALOGUE");
    assertThat(record.getString("attestedBy")).isEqualTo("BWC");
    assertThat(record.getString("courseTitle")).isEqualTo("Equality, diversity and human rights");
    assertThat(record.getString("expiresOn")).isEqualTo(TODAY.minusDays(2).plusYears(3).toString());

    Api.Reply again = send(Tokens.system(), completion(staff.getString("personId"), reference));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.object().getJsonNumber("id").longValue()).isEqualTo(record.getJsonNumber("id").longValue());
    long copies = Api.get("/passport/api/people/me/records", Tokens.forPrincipal(staff)).json().asJsonArray()
        .getValuesAs(JsonObject.class).stream().filter(r -> r.getJsonNumber("id").longValue() == record.getJsonNumber("id").longValue()).count();
    assertThat(copies).isEqualTo(1);

    JsonObject equality = Api.get("/passport/api/people/me/passport", Tokens.forPrincipal(staff)).object()
        .getJsonArray("requirements").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("subject").equals("EQUALITY_DIVERSITY")).findFirst().orElseThrow();
    assertThat(equality.getString("status")).isEqualTo("COMPLIANT");
  }

  @Test
  void aCpdCourseIsListedButCountsTowardNothing() {
    JsonObject staff = Api.principal("staff");
    Api.Reply cpd = send(Tokens.system(), Json.createObjectBuilder().add("reference", "cpd-" + UUID.randomUUID())
        .add("personId", staff.getString("personId")).add("courseTitle", "Leading compassionate teams")
        .add("completedOn", TODAY.minusDays(1).toString()).add("deliveredBy", "NGH"));
    assertThat(cpd.status()).as(cpd.toString()).isEqualTo(201);
    assertThat(cpd.object().containsKey("subject")).isFalse();
    JsonObject passport = Api.get("/passport/api/people/me/passport", Tokens.forPrincipal(staff)).object();
    assertThat(passport.getJsonArray("cpd").toString()).contains("Leading compassionate teams");
  }

  @Test
  void onlyTheServicesHandOverCompletions() {
    String personId = Api.principal("staff").getString("personId");
    for (String user : new String[] {"staff", "hr", "provider", "admin"}) {
      assertThat(send(Api.tokenFor(user), completion(personId, "x-" + UUID.randomUUID())).status()).as(user).isEqualTo(403);
    }
  }

  @Test
  void badCompletionsAreRefusedAndNothingIsWritten() {
    JsonObject staff = Api.principal("staff");
    String personId = staff.getString("personId");
    int before = Api.get("/passport/api/people/me/records", Tokens.forPrincipal(staff)).json().asJsonArray().size();
    String system = Tokens.system();
    assertThat(send(system, completion("OWA-00000000", "r-" + UUID.randomUUID())).status()).isEqualTo(404);
    assertThat(send(system, completion(personId, "r-" + UUID.randomUUID()).add("deliveredBy", "ZZZ")).status()).isEqualTo(404);
    Api.Reply future = send(system, completion(personId, "r-" + UUID.randomUUID()).add("completedOn", TODAY.plusDays(1).toString()));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.object().getString("detail")).contains("future");
    assertThat(send(system, completion(personId, "r-" + UUID.randomUUID()).remove("level")).status()).isEqualTo(400);
    assertThat(send(system, completion(personId, "r-" + UUID.randomUUID()).add("subject", "JUGGLING")).status()).isEqualTo(400);
    assertThat(send(system, completion(personId, "r".repeat(81))).status()).isEqualTo(400);
    assertThat(send(system, completion(personId, "r-" + UUID.randomUUID()).add("courseTitle", "t".repeat(201))).status()).isEqualTo(400);
    assertThat(Api.get("/passport/api/people/me/records", Tokens.forPrincipal(staff)).json().asJsonArray()).hasSize(before);
  }
}
