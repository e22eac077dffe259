package city.academy.systemtests.api.reminders;

import static city.academy.systemtests.api.reminders.ReminderFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.Outbox;
import city.academy.systemtests.PlatformExtension;
import city.academy.systemtests.Tokens;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An address that does not work is reported to the HR admins of the person's organisation, once,
 * and not tried again; an HR admin who asked for it gets one weekly digest of their organisation.
 */
@ExtendWith(PlatformExtension.class)
class EmailProblemsAndDigestsIT {
  private static final String DEFAULTS =
      "{\"expiryReminders\":\"ALL\",\"bookingUpdates\":true,\"sessionReminders\":true,\"teamDigest\":true}";

  @AfterEach
  void putTheDefaultsBack() {
    Api.send("PUT", "/catalogue/api/messages/preferences", Api.tokenFor(HR), "application/json", DEFAULTS);
  }

  private static List<JsonObject> problemsOf(String organisation, String token) {
    Api.Reply reply = Api.get("/catalogue/api/messages/undeliverable?organisation=" + organisation + "&size=100", token);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.object().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  /** Waits (the sender runs every few seconds) until the person is reported. */
  private static JsonObject reported(String personId) throws InterruptedException {
    long until = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < until) {
      var found = problemsOf(ORG, Api.tokenFor(HR)).stream().filter(p -> p.getString("personId").equals(personId)).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(500);
    }
    throw new AssertionError(personId + " was not reported to HR within a minute");
  }

  @Test
  void aBrokenOrMissingAddressIsReportedToHrOnceAndNotTriedAgain() throws Exception {
    String broken = starter("Pat", "pat.at.example.org", null);
    recordExpiringIn(broken, "FIRE_SAFETY", 30);
    String none = starter("Lee", null, null);
    recordExpiringIn(none, "FIRE_SAFETY", 30);
    run();

    JsonObject brokenProblem = reported(broken);
    assertThat(brokenProblem.getString("personName")).isEqualTo("Pat Reminder");
    assertThat(brokenProblem.getString("address")).isEqualTo("pat.at.example.org");
    assertThat(brokenProblem.getString("reason")).contains("is not an email address");
    JsonObject noneProblem = reported(none);
    assertThat(noneProblem.containsKey("address")).as("no address (JSON-B leaves nulls out)").isFalse();
    assertThat(noneProblem.getString("reason")).contains("no email address");
    // The reminder is still in the portal.
    assertThat(messages(tokenOf(broken, "STAFF"), "EXPIRY_REMINDER")).hasSize(1);

    // Refused for good: a while later it has not been tried again.
    Thread.sleep(7_000);
    JsonObject later = problemsOf(ORG, Api.tokenFor(HR)).stream().filter(p -> p.getString("personId").equals(broken)).findFirst()
        .orElseThrow();
    assertThat(later.getInt("emails")).isEqualTo(1);

    // HR puts the address right: a bad one is refused and changes nothing; a stranger may not
    Api.Reply bad = changeEmail(broken, "pat at example", Api.tokenFor(HR));
    assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
    assertThat(bad.object().getString("detail")).contains("is not an email address");
    assertThat(changeEmail(broken, "pat@example.org", Api.tokenFor("hr")).status()).as("another organisation's HR").isEqualTo(403);
    assertThat(changeEmail(broken, "pat@example.org", tokenOf(none, "STAFF")).status()).as("someone else").isEqualTo(403);
    assertThat(changeEmail(broken, "pat@example.org", null).status()).isEqualTo(401);
    assertThat(Api.get("/passport/api/people/" + broken + "/contact", Tokens.system()).object().getString("email"))
        .isEqualTo("pat.at.example.org");
    String fixed = address("pat");
    Api.Reply changed = changeEmail(broken, fixed, Api.tokenFor(HR));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.object().getString("email")).isEqualTo(fixed);
    // a person may put their own right too
    assertThat(changeEmail(none, address("lee"), tokenOf(none, "STAFF")).status()).isEqualTo(200);

    // the next email goes to the new address, and then the person leaves HR's list
    var session = courseWithSession("FIRE_SAFETY", requiredLevel(broken, "FIRE_SAFETY"));
    Api.Reply booked = Api.post("/catalogue/api/sessions/" + session.session() + "/bookings", tokenOf(broken, "STAFF"), "{}");
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    Outbox.Email confirmation = Outbox.arrives(messages(tokenOf(broken, "STAFF"), "BOOKING_CONFIRMED").get(0).getString("subject"), fixed);
    assertThat(confirmation.to()).contains(fixed);
    long until = System.currentTimeMillis() + 30_000;
    while (problemsOf(ORG, Api.tokenFor(HR)).stream().anyMatch(p -> p.getString("personId").equals(broken))
        && System.currentTimeMillis() < until) {
      Thread.sleep(500);
    }
    assertThat(problemsOf(ORG, Api.tokenFor(HR))).as("an email has reached the new address")
        .noneMatch(p -> p.getString("personId").equals(broken));
  }

  @Test
  void onlyTheOrganisationsHrAdminsAndAcademyAdminsSeeWhoseEmailsFail() {
    assertThat(Api.get("/catalogue/api/messages/undeliverable?organisation=BWC", Api.tokenFor("admin")).status()).isEqualTo(200);
    assertThat(Api.get("/catalogue/api/messages/undeliverable?organisation=BWC", Api.tokenFor("hr")).status()).isEqualTo(403);
    assertThat(Api.get("/catalogue/api/messages/undeliverable?organisation=BWC", Api.tokenFor("carehome.staff")).status()).isEqualTo(403);
    assertThat(Api.get("/catalogue/api/messages/undeliverable?organisation=BWC", null).status()).isEqualTo(401);
    assertThat(Api.get("/catalogue/api/messages/undeliverable", Api.tokenFor(HR)).status()).isEqualTo(400);
    assertThat(Api.get("/catalogue/api/messages/undeliverable?organisation=BWC&size=1000", Api.tokenFor(HR)).status()).isEqualTo(400);
  }

  @Test
  void anHrAdminWhoAskedGetsOneWeeklyDigestOfTheirOrganisation() throws Exception {
    Api.Reply chosen = Api.send("PUT", "/catalogue/api/messages/preferences", Api.tokenFor(HR), "application/json",
        "{\"expiryReminders\":\"ALL\",\"bookingUpdates\":true,\"sessionReminders\":true,\"teamDigest\":true,\"organisationDigest\":\"BWC\"}");
    assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
    String soon = starter("Dana", address("digest"), null);
    recordExpiringIn(soon, "FIRE_SAFETY", 12);

    Api.Reply first = Api.post("/catalogue/api/reminders/organisation-digests/runs", Api.tokenFor("admin"), "");
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    String hrToken = Api.tokenFor(HR);
    List<JsonObject> digests = messages(hrToken, "ORGANISATION_DIGEST");
    assertThat(digests).hasSize(1);
    JsonObject digest = digests.get(0);
    assertThat(digest.getString("subject")).startsWith("Weekly mandatory training digest: ");
    assertThat(digest.getString("text")).contains("have all their mandatory training up to date")
        .contains("Dana Reminder, " + subjectName("FIRE_SAFETY") + ": counts until").contains("(12 days from today)")
        .contains("/organisation/compliance.xhtml?org=BWC");

    Api.Reply again = Api.post("/catalogue/api/reminders/organisation-digests/runs", Api.tokenFor("admin"), "");
    assertThat(again.status()).isEqualTo(200);
    assertThat(messages(hrToken, "ORGANISATION_DIGEST")).as("one a week").hasSize(1);
    assertThat(Api.post("/catalogue/api/reminders/organisation-digests/runs", Api.tokenFor(HR), "").status()).isEqualTo(403);
  }

  @Test
  void onlyServicesAskForADigestAndOnlyForTheOrganisationsHrAdmin() {
    String digest = "/passport/api/compliance/organisations/BWC/digest?for=";
    String carehomeHr = Api.principal(HR).getString("personId");
    String nghHr = Api.principal("hr").getString("personId");
    assertThat(Api.get(digest + carehomeHr, Api.tokenFor(HR)).status()).isEqualTo(403);
    assertThat(Api.get(digest + carehomeHr, Api.tokenFor("admin")).status()).isEqualTo(403);
    assertThat(Api.get(digest + carehomeHr, null).status()).isEqualTo(401);
    assertThat(Api.get(digest + nghHr, Tokens.system()).status()).as("not BWC's HR admin").isEqualTo(403);
    assertThat(Api.get("/passport/api/compliance/organisations/BWC/digest", Tokens.system()).status()).as("for nobody").isEqualTo(403);
    assertThat(Api.get("/passport/api/compliance/organisations/NOPE/digest?for=" + carehomeHr, Tokens.system()).status()).isEqualTo(404);
    Api.Reply ok = Api.get(digest + carehomeHr, Tokens.system());
    assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
    assertThat(ok.object().getJsonObject("compliance").getString("scope")).isEqualTo("BWC");
    assertThat(ok.object().getInt("expiringDays")).isEqualTo(30);
  }
}
