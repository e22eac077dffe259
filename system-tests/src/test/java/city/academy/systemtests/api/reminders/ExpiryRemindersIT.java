package city.academy.systemtests.api.reminders;

import static city.academy.systemtests.api.reminders.ReminderFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.Outbox;
import city.academy.systemtests.PlatformExtension;
import city.academy.systemtests.Tokens;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Before mandatory training expires, the daily job reminds the person (with sessions they can
 * book) and gives their line manager one digest; each record is reminded once per threshold, and
 * each person's email preferences are honoured. People here are new starters at the care home,
 * made for the test, so nothing else of theirs is due.
 */
@ExtendWith(PlatformExtension.class)
class ExpiryRemindersIT {
  @Test
  void fireSafetyExpiringIn30DaysRemindsThePersonOnceWithSessionsAndTheirManagerOnce() throws Exception {
    String managerEmail = address("manager");
    String manager = starter("Morgan", managerEmail, null);
    String personEmail = address("carer");
    String person = starter("Robin", personEmail, manager);
    recordExpiringIn(person, "FIRE_SAFETY", 30);
    long course = courseWithSession("FIRE_SAFETY", requiredLevel(person, "FIRE_SAFETY")).course();
    String fire = subjectName("FIRE_SAFETY");

    JsonObject first = run();
    assertThat(first.getInt("reminders")).isGreaterThanOrEqualTo(1);

    String personToken = tokenOf(person, "STAFF");
    List<JsonObject> reminders = messages(personToken, "EXPIRY_REMINDER");
    assertThat(reminders).hasSize(1);
    JsonObject reminder = reminders.get(0);
    assertThat(reminder.getString("subject")).isEqualTo("Reminder: your " + fire + " training expires in 30 days");
    assertThat(reminder.getString("text")).contains(fire).contains("(30 days from today)").contains("Sessions you can book")
        .contains("/course.xhtml?id=" + course).contains("/catalogue.xhtml?search=1&subject=FIRE_SAFETY&available=on");

    Outbox.Email email = Outbox.arrives(reminder.getString("subject"), personEmail);
    assertThat(email.text()).contains("/course.xhtml?id=" + course).contains("/preferences.xhtml");
    assertThat(email.html()).contains("lang=\"en-GB\"").containsPattern("<li><a href=\"http[^\"]+/course.xhtml\\?id=" + course + "\">")
        .contains("Choose which emails you get</a>");

    List<JsonObject> digests = messages(tokenOf(manager, "STAFF", "LINE_MANAGER"), "TEAM_DIGEST");
    assertThat(digests).hasSize(1);
    assertThat(digests.get(0).getString("text")).contains("Robin Reminder, " + fire).contains("30 days from today").contains("/team.xhtml");
    Outbox.arrives(digests.get(0).getString("subject"), managerEmail);

    // The job run again the same day sends nothing more to either.
    run();
    assertThat(messages(personToken, "EXPIRY_REMINDER")).hasSize(1);
    assertThat(messages(tokenOf(manager, "STAFF", "LINE_MANAGER"), "TEAM_DIGEST")).hasSize(1);
    Thread.sleep(6_000);
    assertThat(Outbox.to(personEmail)).hasSize(1);
    assertThat(Outbox.to(managerEmail)).hasSize(1);
  }

  @Test
  void runsStartedTogetherRemindOnce() throws Exception {
    String email = address("race");
    String person = starter("Nico", email, null);
    recordExpiringIn(person, "FIRE_SAFETY", 90);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Api.Reply>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(pool.submit(() -> Api.post("/catalogue/api/reminders/expiry/runs", Api.tokenFor("admin"), "")));
      }
      for (var run : runs) {
        Api.Reply reply = run.get();
        assertThat(reply.status()).as(reply.toString()).isIn(200, 409);
      }
    } finally {
      pool.shutdown();
    }
    run();
    assertThat(messages(tokenOf(person, "STAFF"), "EXPIRY_REMINDER")).hasSize(1);
    Outbox.arrives(messages(tokenOf(person, "STAFF"), "EXPIRY_REMINDER").get(0).getString("subject"), email);
  }

  @Test
  void theTightestThresholdReachedIsTheOneSentAndExpiredTrainingIsTold() throws Exception {
    String email = address("expired");
    String person = starter("Kit", email, null);
    recordExpiringIn(person, "FIRE_SAFETY", 5);
    recordExpiringIn(person, "MOVING_HANDLING", 0);
    run();
    List<JsonObject> reminders = messages(tokenOf(person, "STAFF"), "EXPIRY_REMINDER");
    assertThat(reminders).hasSize(1);
    String text = reminders.get(0).getString("text");
    assertThat(reminders.get(0).getString("subject")).isEqualTo("Reminder: 2 parts of your mandatory training need renewing");
    assertThat(text).contains("(5 days from today)").contains("stopped counting after " + spoken(TODAY.minusDays(1)))
        .doesNotContain("90 days").doesNotContain("30 days");
  }

  @Test
  void preferencesChooseTheEmailsButEveryMessageStaysInThePortal() throws Exception {
    // Fewer reminders: a 7-day reminder is left in the portal but not emailed; booking updates off.
    String quietEmail = address("quiet");
    String quiet = starter("Alex", quietEmail, null);
    String quietToken = tokenOf(quiet, "STAFF");
    Api.Reply chosen = Api.send("PUT", "/catalogue/api/messages/preferences", quietToken, "application/json",
        "{\"expiryReminders\":\"FEWER\",\"bookingUpdates\":false,\"sessionReminders\":true,\"teamDigest\":true}");
    assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
    assertThat(chosen.object().getString("expiryReminders")).isEqualTo("FEWER");
    assertThat(chosen.object().getBoolean("bookingUpdates")).isFalse();
    recordExpiringIn(quiet, "FIRE_SAFETY", 7);
    // Someone with the defaults, reminded in the same run after them: their email is the sign that the
    // sender has gone past the quiet person's messages (it sends in the order they were queued).
    String loudEmail = address("loud");
    String loud = starter("Sam", loudEmail, null);
    recordExpiringIn(loud, "FIRE_SAFETY", 7);

    run();
    List<JsonObject> quietReminders = messages(quietToken, "EXPIRY_REMINDER");
    assertThat(quietReminders).hasSize(1);
    List<JsonObject> loudReminders = messages(tokenOf(loud, "STAFF"), "EXPIRY_REMINDER");
    Outbox.arrives(loudReminders.get(0).getString("subject"), loudEmail);
    assertThat(Outbox.to(quietEmail)).as("no email under fewer reminders for a 7-day reminder").isEmpty();

    assertThat(Api.get("/catalogue/api/messages/preferences", quietToken).object().getString("expiryReminders")).isEqualTo("FEWER");
  }

  @Test
  void expiryRemindersCannotBeSwitchedOffAndBadChoicesChangeNothing() {
    String person = starter("Jo", address("choices"), null);
    String token = tokenOf(person, "STAFF");
    JsonObject before = Api.get("/catalogue/api/messages/preferences", token).object();
    assertThat(before.getString("expiryReminders")).isEqualTo("ALL");
    assertThat(before.getBoolean("bookingUpdates")).isTrue();

    Api.Reply off = Api.send("PUT", "/catalogue/api/messages/preferences", token, "application/json",
        "{\"expiryReminders\":\"NONE\",\"bookingUpdates\":false,\"sessionReminders\":false,\"teamDigest\":false}");
    assertThat(off.status()).isEqualTo(400);
    assertThat(off.object().getString("detail")).contains("cannot be switched off");
    Api.Reply missing = Api.send("PUT", "/catalogue/api/messages/preferences", token, "application/json",
        "{\"expiryReminders\":\"ALL\",\"bookingUpdates\":false}");
    assertThat(missing.status()).isEqualTo(400);
    Api.Reply notHr = Api.send("PUT", "/catalogue/api/messages/preferences", token, "application/json",
        "{\"expiryReminders\":\"ALL\",\"bookingUpdates\":true,\"sessionReminders\":true,\"teamDigest\":true,\"organisationDigest\":\"BWC\"}");
    assertThat(notHr.status()).isEqualTo(400);
    assertThat(notHr.object().getString("detail")).contains("HR admins");
    assertThat(Api.get("/catalogue/api/messages/preferences", token).object()).isEqualTo(before);
    assertThat(Api.get("/catalogue/api/messages/preferences", null).status()).isEqualTo(401);
  }

  @Test
  void onlyAcademyAdminsRunTheJobAndOnlyServicesAskWhatIsDue() {
    assertThat(Api.post("/catalogue/api/reminders/expiry/runs", Api.tokenFor("staff"), "").status()).isEqualTo(403);
    assertThat(Api.post("/catalogue/api/reminders/expiry/runs", Api.tokenFor("hr"), "").status()).isEqualTo(403);
    assertThat(Api.post("/catalogue/api/reminders/expiry/runs", null, "").status()).isEqualTo(401);
    assertThat(Api.get("/passport/api/reminders/due", Api.tokenFor("admin")).status()).isEqualTo(403);
    assertThat(Api.get("/passport/api/reminders/due", Api.tokenFor("hr")).status()).isEqualTo(403);
    assertThat(Api.get("/passport/api/reminders/due", null).status()).isEqualTo(401);
    assertThat(Api.get("/passport/api/reminders/due?on=yesterday", Tokens.system()).status()).isEqualTo(400);
    Api.Reply due = Api.get("/passport/api/reminders/due", Tokens.system());
    assertThat(due.status()).as(due.toString()).isEqualTo(200);
  }

  private static String spoken(LocalDate day) {
    return day.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", java.util.Locale.UK));
  }
}
