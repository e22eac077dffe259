package city.academy.systemtests.api;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** HR adds and ends posts; a starter new to the city gets a passport, a mover keeps theirs. */
@ExtendWith(PlatformExtension.class)
class EmploymentsIT {
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
  private static final AtomicInteger NUMBERS = new AtomicInteger();

  private static String uniqueNumber() {
    return "IT-" + System.nanoTime() % 1_000_000 + "-" + NUMBERS.incrementAndGet();
  }

  private static JsonObjectBuilder newStarter(String number) {
    return Json.createObjectBuilder().add("givenName", "Ada").add("familyName", "Starter").add("email", "ada@example.org")
        .add("employeeNumber", number).add("staffGroup", "NURSING_MIDWIFERY").add("jobRole", "Staff nurse")
        .add("clinical", true).add("patientFacing", true).add("startDate", TODAY.plusDays(14).toString());
  }

  private static Api.Reply start(String token, String organisation, JsonObjectBuilder body) {
    return Api.post("/passport/api/organisations/" + organisation + "/employments", token, body.build().toString());
  }

  private static int staffCount(String organisation) {
    return Api.get("/passport/api/organisations/" + organisation + "/staff?size=1", Api.tokenFor("hr")).object()
        .getJsonNumber("total").intValue();
  }

  @Test
  void aStarterNewToTheCityGetsAPassportIdentity() {
    String number = uniqueNumber();
    Api.Reply reply = start(Api.tokenFor("hr"), "NGH", newStarter(number));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    JsonObject person = reply.object();
    assertThat(person.getString("personId")).matches("OWA-[0-9A-HJKMNP-TV-Z]{8}");
    JsonObject post = person.getJsonArray("employments").getJsonObject(0);
    assertThat(post.getString("organisationCode")).isEqualTo("NGH");
    assertThat(post.getString("employeeNumber")).isEqualTo(number);
    assertThat(post.getString("startDate")).isEqualTo(TODAY.plusDays(14).toString());
  }

  @Test
  void aMoverTakesASecondPostWithTheSamePassportAndALeaverKeepsIt() {
    // Someone who starts at the care home, then takes a second post at the hospital.
    Api.Reply first = start(Api.tokenFor("carehome.hr"), "BWC", newStarter(uniqueNumber()).add("staffGroup", "CARE_WORKER")
        .add("startDate", TODAY.minusDays(30).toString()));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    String personId = first.object().getString("personId");
    assertThat(Api.get("/passport/api/people/" + personId + "/passport", Api.tokenFor("hr")).status())
        .as("not yet NGH's").isEqualTo(403);
    String number = uniqueNumber();
    Api.Reply second = start(Api.tokenFor("hr"), "NGH", Json.createObjectBuilder().add("personId", personId)
        .add("employeeNumber", number).add("staffGroup", "ADDITIONAL_CLINICAL_SERVICES").add("jobRole", "Healthcare assistant")
        .add("clinical", true).add("patientFacing", true).add("startDate", TODAY.minusDays(1).toString()));
    assertThat(second.status()).as(second.toString()).isEqualTo(201);
    assertThat(second.object().getString("personId")).isEqualTo(personId);
    assertThat(second.object().getJsonArray("employments")).hasSizeGreaterThanOrEqualTo(2);
    // NGH's HR now sees them (a current post) ...
    assertThat(Api.get("/passport/api/people/" + personId + "/passport", Api.tokenFor("hr")).status()).isEqualTo(200);

    Api.Reply ended = Api.post("/passport/api/organisations/NGH/employments/" + number + "/end", Api.tokenFor("hr"),
        "{\"endDate\":\"" + TODAY.minusDays(1) + "\"}");
    assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
    // ... and no longer once the post has ended; the person still has their passport.
    assertThat(Api.get("/passport/api/people/" + personId + "/passport", Api.tokenFor("hr")).status()).isEqualTo(403);
    assertThat(Api.get("/passport/api/people/" + personId + "/passport", Api.tokenFor("carehome.hr")).status())
        .as("still the care home's").isEqualTo(200);

    Api.Reply again = Api.post("/passport/api/organisations/NGH/employments/" + number + "/end", Api.tokenFor("hr"),
        "{\"endDate\":\"" + TODAY + "\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.object().getString("detail")).contains("already ended");
  }

  @Test
  void onlyTheOrganisationsOwnHrAddsOrEndsPosts() {
    for (String user : new String[] {"carehome.hr", "staff", "manager", "provider", "admin"}) {
      Api.Reply reply = start(Api.tokenFor(user), "NGH", newStarter(uniqueNumber()));
      assertThat(reply.status()).as(user + ": " + reply).isEqualTo(403);
    }
    Api.Reply ending = Api.post("/passport/api/organisations/NGH/employments/whatever/end", Api.tokenFor("carehome.hr"),
        "{\"endDate\":\"" + TODAY + "\"}");
    assertThat(ending.status()).isEqualTo(403);
  }

  @Test
  void badInputIsRefusedWithAClearMessageAndNothingIsWritten() {
    String hr = Api.tokenFor("hr");
    int before = staffCount("NGH");
    String taken = uniqueNumber();
    assertThat(start(hr, "NGH", newStarter(taken).add("startDate", TODAY.minusDays(3).toString())).status()).isEqualTo(201);
    int withOne = staffCount("NGH");
    assertThat(withOne).isEqualTo(before + 1);

    Api.Reply duplicate = start(hr, "NGH", newStarter(taken).add("startDate", TODAY.minusDays(3).toString()));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.object().getString("detail")).contains("already has employee number " + taken);

    Api.Reply backwards = start(hr, "NGH", newStarter(uniqueNumber()).add("startDate", TODAY.minusDays(3).toString())
        .add("endDate", TODAY.minusDays(10).toString()));
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.object().getString("detail")).contains("cannot end");

    Api.Reply unknownGroup = start(hr, "NGH", newStarter(uniqueNumber()).add("staffGroup", "ASTRONAUTS"));
    assertThat(unknownGroup.status()).isEqualTo(400);
    assertThat(unknownGroup.object().getString("detail")).contains("ASTRONAUTS");

    Api.Reply unknownPerson = start(hr, "NGH", newStarter(uniqueNumber()).add("personId", "OWA-00000000"));
    assertThat(unknownPerson.status()).isEqualTo(404);
    Api.Reply unknownManager = start(hr, "NGH", newStarter(uniqueNumber()).add("lineManagerId", "OWA-00000000"));
    assertThat(unknownManager.status()).isEqualTo(404);
    assertThat(start(hr, "NOPE", newStarter(uniqueNumber())).status()).isEqualTo(404);

    Api.Reply oversize = start(hr, "NGH", newStarter(uniqueNumber()).add("jobRole", "x".repeat(101)));
    assertThat(oversize.status()).isEqualTo(400);
    assertThat(oversize.object().toString()).contains("100 characters");

    Api.Reply nameless = start(hr, "NGH", newStarter(uniqueNumber()).remove("givenName"));
    assertThat(nameless.status()).isEqualTo(400);
    assertThat(nameless.object().getString("detail")).contains("given and family name");

    Api.Reply endBeforeStart = Api.post("/passport/api/organisations/NGH/employments/" + taken + "/end", hr,
        "{\"endDate\":\"" + TODAY.minusDays(30) + "\"}");
    assertThat(endBeforeStart.status()).isEqualTo(400);
    assertThat(Api.post("/passport/api/organisations/NGH/employments/NO-SUCH/end", hr, "{\"endDate\":\"" + TODAY + "\"}").status())
        .isEqualTo(404);

    assertThat(staffCount("NGH")).as("nothing written by the refused requests").isEqualTo(withOne);
  }
}
