package city.academy.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** My passport and who has looked at it, in a real browser. */
class PassportPageIT extends BrowserTest {
  private static final List<String> LIGHT_WORDS = List.of("Up to date", "Expires", "Expired", "Not done");


  private static List<WebElement> requirementRows() {
    return browser.driver().findElements(By.cssSelector("#requirements tbody tr.requirement"));
  }

  private static List<String> lightTexts() {
    // The row's own light (an employer's stricter refresher has another, inside a .local-note).
    return browser.driver().findElements(By.cssSelector("#requirements tr.requirement > td > .traffic-light .light-text")).stream()
        .map(e -> e.getAttribute("textContent").strip())
        .toList();
  }

  @Test
  void staffSeeTheirPassportWithATrafficLightForEachRequirement() {
    browser.signIn("staff");
    browser.waitFor(By.linkText("My passport")).click();
    browser.waitFor(By.id("requirements"));

    assertThat(browser.path()).startsWith("/passport.xhtml");
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("My passport");
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.id("passport-summary")))
        .matches("You are up to date with your mandatory training\\.|\\d+ of \\d+ requirements? needs? attention\\.");
    assertThat(browser.text(By.id("passport-as-of"))).contains("(today)");

    JsonObject passport = Api.get("/passport/api/people/me/passport", Api.tokenFor("staff")).object();
    int expected = passport.getJsonArray("requirements").size();
    assertThat(requirementRows()).hasSize(expected).isNotEmpty();
    // Every row has a light in words and a shape, never colour alone.
    assertThat(lightTexts()).hasSize(expected).allSatisfy(t -> assertThat(LIGHT_WORDS).anySatisfy(w -> assertThat(t).startsWith(w)));
    assertThat(browser.driver().findElements(By.cssSelector("#requirements tr.requirement > td > .traffic-light svg.light-icon"))).hasSize(expected);
    for (WebElement row : requirementRows()) {
      String css = row.getAttribute("class");
      assertThat(css).containsAnyOf("light-green", "light-amber", "light-red");
    }
    // Subjects by name, dates the UK way.
    String table = browser.text(By.id("requirements"));
    assertThat(table).contains("Fire Safety").doesNotContain("FIRE_SAFETY");
    assertThat(lightTexts()).filteredOn(t -> t.startsWith("Up to date until"))
        .allSatisfy(t -> assertThat(t).matches("Up to date until \\d{1,2} [A-Z][a-z]{2} \\d{4}"));

    // Employers' own rules: their stricter refresher periods beside the subject, their own requirements apart.
    List<String> subjects =
        passport.getJsonArray("requirements").getValuesAs(JsonObject.class).stream().map(r -> r.getString("subject")).toList();
    long localRefreshers =
        passport.getJsonArray("localRefreshers").getValuesAs(JsonObject.class).stream()
            .filter(l -> subjects.contains(l.getString("subject")))
            .count();
    assertThat(browser.driver().findElements(By.cssSelector("#requirements .local-note .traffic-light"))).hasSize((int) localRefreshers);
    int localRequirements = passport.getJsonArray("localRequirements").size();
    assertThat(browser.driver().findElements(By.cssSelector("#local-requirements tbody tr.requirement"))).hasSize(localRequirements);

    // The history, newest first, and a way to see who has looked.
    assertThat(browser.driver().findElements(By.cssSelector("#history tbody tr.record"))).isNotEmpty();
    assertThat(browser.isPresent(By.id("other-training"))).isTrue();
    assertThat(browser.waitFor(By.id("access-log-link")).getText()).isEqualTo("Who has looked at my passport");
    browser.screenshot("passport");
    browser.scrollTo(By.id("requirements-heading"));
    browser.screenshot("passport-requirements");
    if (browser.isPresent(By.id("local-heading"))) {
      browser.scrollTo(By.id("local-heading"));
      browser.screenshot("passport-local");
    }
  }

  @Test
  void theHistoryShowsCorrectionsAndWithdrawalsWithTheirReasons() {
    JsonObject worker = Api.principal("carehome.staff");
    String hr = Api.tokenFor("carehome.hr");
    LocalDate completed = LocalDate.now(ZoneId.of("Europe/London")).minusDays(333);
    Api.Reply added =
        Api.post(
            "/passport/api/records",
            hr,
            Json.createObjectBuilder()
                .add("personId", worker.getString("personId"))
                .add("subject", "HEALTH_SAFETY")
                .add("level", "1")
                .add("completedOn", completed.toString())
                .add("attestedBy", "BWC")
                .add("evidenceReference", "CERT-HS-" + completed)
                .build()
                .toString());
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    long original = added.object().getJsonNumber("id").longValue();
    Api.Reply corrected =
        Api.post("/passport/api/records/" + original + "/corrections", hr,
            "{\"completedOn\":\"" + completed.minusDays(1) + "\",\"reason\":\"The certificate shows the day before.\"}");
    assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
    long correction = corrected.object().getJsonNumber("id").longValue();
    Api.Reply revoked =
        Api.post("/passport/api/records/" + correction + "/revocations", hr, "{\"reason\":\"Entered for the wrong person.\"}");
    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(201);
    long revocation = revoked.object().getJsonNumber("id").longValue();

    browser.signIn("carehome.staff");
    browser.open("/passport.xhtml");
    browser.waitFor(By.id("history"));
    assertThat(browser.messages()).isEmpty();

    List<WebElement> rows = browser.driver().findElements(By.cssSelector("#history tbody tr.record"));
    String newest = rows.get(0).getText();
    assertThat(newest).contains(Long.toString(revocation)).contains("Withdrawal of entry " + correction)
        .contains("Reason: Entered for the wrong person.");
    WebElement fixed = rowOf(rows, correction);
    assertThat(fixed.getText()).contains("Correction of entry " + original).contains("Reason: The certificate shows the day before.")
        .contains("Withdrawn by entry " + revocation).contains("Evidence: CERT-HS-" + completed);
    assertThat(fixed.getAttribute("class")).contains("record-superseded");
    WebElement first = rowOf(rows, original);
    assertThat(first.getText()).contains("New record").contains("Corrected by entry " + correction)
        .contains("Health, Safety and Welfare").contains("Entered by hand, with evidence");
    browser.scrollTo(By.id("history-heading"));
    browser.screenshot("passport-history");
  }

  /** The history row of an entry (its first cell is the entry's number). */
  private static WebElement rowOf(List<WebElement> rows, long id) {
    return rows.stream()
        .filter(r -> r.findElement(By.cssSelector("td")).getText().strip().endsWith(Long.toString(id)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No history row for entry " + id));
  }

  @Test
  void farInTheFutureTheTrainingHasExpired() {
    browser.signIn("staff");
    browser.open("/passport.xhtml?asOf=2035-01-01");
    browser.waitFor(By.id("requirements"));

    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.id("summary-heading"))).isEqualTo("Your passport on 1 Jan 2035");
    assertThat(browser.text(By.id("passport-summary"))).matches("On 1 Jan 2035, \\d+ of \\d+ requirements? will need attention\\.");
    assertThat(lightTexts()).anySatisfy(t -> assertThat(t).matches("Expired on \\d{1,2} [A-Z][a-z]{2} \\d{4}"));
    assertThat(browser.driver().findElements(By.cssSelector("#requirements tr.light-red"))).isNotEmpty();
    assertThat(browser.waitFor(By.id("asOf")).getAttribute("value")).isEqualTo("2035-01-01");
    assertThat(browser.isPresent(By.id("as-of-today"))).isTrue();
  }

  @Test
  void theDayCanBeChosenInTheFormAndEndsUpInTheAddress() {
    browser.signIn("staff");
    browser.open("/passport.xhtml");
    WebElement day = browser.waitFor(By.id("asOf"));
    // A date input's typing order depends on the browser's language; set the value as a picker would.
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2040-06-30';", day);
    browser.driver().findElement(By.id("show-as-of")).click();
    browser.waitFor(By.id("requirements"));

    assertThat(browser.path()).isEqualTo("/passport.xhtml?asOf=2040-06-30");
    assertThat(browser.text(By.id("summary-heading"))).isEqualTo("Your passport on 30 Jun 2040");

    browser.waitFor(By.id("as-of-today")).click();
    browser.waitFor(By.id("requirements"));
    assertThat(browser.text(By.id("summary-heading"))).isEqualTo("Your passport today");
  }

  @Test
  void aDayThatIsNoDateIsExplainedNotAnErrorPage() {
    browser.signIn("staff");
    browser.open("/passport.xhtml?asOf=2035-13-45");

    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("My passport");
    assertThat(browser.messages()).isEqualTo("“2035-13-45” is not a date we can read. Pick a day in the date field, then choose Show.");
    assertThat(browser.text(By.id("asOf-error"))).isEqualTo(browser.messages());
    WebElement day = browser.waitFor(By.id("asOf"));
    assertThat(day.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(day.getAttribute("aria-describedby")).contains("asOf-error");
    assertThat(browser.isPresent(By.id("requirements"))).isFalse();

    browser.open("/passport.xhtml?asOf=tomorrow");
    assertThat(browser.messages()).startsWith("“tomorrow” is not a date we can read.");
    browser.open("/passport.xhtml?asOf=1800-01-01");
    assertThat(browser.messages()).isEqualTo("Choose a date between 1 Jan 1950 and 31 Dec 2100.");
    assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("Exception");
  }

  @Test
  void theAccessLogOfSomeoneNobodyLookedAtSaysSo() {
    // The academy admin is nobody's report and works for no organisation with an HR admin in the demo.
    assertThat(Api.get("/passport/api/people/me/access-log", Api.tokenFor("admin")).json().asJsonArray())
        .as("precondition: nobody has looked at the academy admin's passport")
        .isEmpty();
    browser.signIn("admin");
    browser.open("/passport.xhtml");
    browser.waitFor(By.id("access-log-link")).click();

    assertThat(browser.path()).startsWith("/access-log.xhtml");
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Who has looked at my passport");
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.id("access-log-empty"))).isEqualTo("Nobody else has looked at your passport yet.");
    assertThat(browser.isPresent(By.id("access-log"))).isFalse();
    browser.screenshot("access-log-empty");
  }

  @Test
  void aLookByTheLineManagerIsInTheAccessLog() {
    JsonObject staff = Api.principal("staff");
    JsonObject manager = Api.principal("manager");
    Api.Reply look =
        Api.get("/passport/api/people/" + staff.getString("personId") + "/passport", Tokens.forPrincipal(manager));
    assertThat(look.status()).isEqualTo(200);

    browser.signIn("staff");
    browser.open("/access-log.xhtml");
    browser.waitFor(By.id("access-log"));

    assertThat(browser.messages()).isEmpty();
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("#access-log tbody tr"));
    assertThat(rows).isNotEmpty();
    String newest = rows.get(0).getText();
    assertThat(newest).contains(manager.getString("displayName")).contains("Line manager").contains("Passport view");
    assertThat(newest).containsPattern("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}");
    assertThat(browser.isPresent(By.id("access-log-empty"))).isFalse();
    browser.screenshot("access-log");
  }

  @Test
  void everyRoleHasTheirPassportInTheMenu() {
    for (String username : List.of("manager", "hr", "provider", "admin", "carehome.staff")) {
      browser.signIn(username);
      assertThat(browser.isPresent(By.cssSelector("nav[aria-label='Main'] a[href$='/passport.xhtml']")))
          .as("My passport in the menu of %s", username)
          .isTrue();
    }
    browser.signIn("staff");
    assertThat(browser.isPresent(By.cssSelector("#role-STAFF a[href$='/passport.xhtml']"))).isTrue();
  }
}
