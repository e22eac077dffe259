package city.academy.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The passport's working pages in a real browser: a person shares their passport, a line manager
 * sees their team, HR keeps a staff member's record, the academy sees the city.
 */
class PassportWorkPagesIT extends BrowserTest {
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  private static void setDate(By field, LocalDate day) {
    WebElement input = browser.driver().findElement(field);
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input, day.toString());
  }

  private static Api.Reply transferCheckWith(String code) {
    String body = Json.createObjectBuilder().add("shareCode", code).add("organisationCode", "BWC").add("staffGroup", "CARE_WORKER")
        .add("jobRole", "Care Worker").add("clinical", true).add("patientFacing", true)
        .add("startDate", TODAY.plusDays(14).toString()).build().toString();
    return Api.post("/passport/api/transfer-checks", Api.tokenFor("carehome.hr"), body);
  }

  @Test
  void aPersonIssuesAShareCodeForTheCareHomeAndWithdrawsIt() {
    browser.signIn("staff");
    browser.waitFor(By.linkText("Share my passport")).click();
    browser.waitFor(By.id("issue-form"));
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Share my passport");
    new Select(browser.driver().findElement(By.id("validDays"))).selectByValue("14");
    new Select(browser.driver().findElement(By.id("organisationCode"))).selectByValue("BWC");
    browser.clickAndWait(By.id("issue"));
    browser.waitFor(By.id("issued"));
    assertThat(browser.messages()).isEmpty();
    String code = browser.text(By.id("issued-code"));
    assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    assertThat(browser.text(By.id("issued-detail"))).contains("only").contains("Copy it now");
    browser.screenshot("share-code");

    // The care home's HR can use it ...
    assertThat(transferCheckWith(code).status()).isEqualTo(200);

    String hint = code.substring(code.length() - 4);
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("#codes tbody tr"));
    int index = 0;
    while (index < rows.size() && !rows.get(index).getText().contains(hint)) {
      index++;
    }
    assertThat(index).as("the new code is listed").isLessThan(rows.size());
    assertThat(rows.get(index).getText()).contains("Can be used");
    browser.clickAndWait(By.id("codes:" + index + ":revoke"));
    browser.waitFor(By.id("codes"));
    WebElement withdrawn = browser.driver().findElements(By.cssSelector("#codes tbody tr")).stream()
        .filter(r -> r.getText().contains(hint)).findFirst().orElseThrow();
    assertThat(withdrawn.getText()).contains("Withdrawn");
    assertThat(browser.isPresent(By.id("issued"))).as("the code is shown only once").isFalse();

    // ... and not once it is withdrawn.
    Api.Reply refused = transferCheckWith(code);
    assertThat(refused.status()).isBetween(400, 499);
  }

  @Test
  void aLineManagerSeesTheirTeamAndTheLookIsLogged() {
    JsonObject staff = Api.principal("staff");
    int looksBefore = Api.get("/passport/api/people/me/access-log", Api.tokenFor("staff")).json().asJsonArray().size();
    browser.signIn("manager");
    browser.waitFor(By.linkText("My team")).click();
    browser.waitFor(By.id("team"));
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("My team");
    assertThat(browser.text(By.id("team-headline"))).matches("\\d+ of \\d+ (people meet|person meets) every requirement today\\.");
    assertThat(browser.text(By.id("team"))).contains(staff.getString("displayName"));
    assertThat(browser.driver().findElements(By.cssSelector("#team .light-text"))).isNotEmpty()
        .allSatisfy(t -> assertThat(t.getAttribute("textContent").strip()).matches("\\d+ to do|Up to date.*"));
    browser.screenshot("team");
    assertThat(Api.get("/passport/api/people/me/access-log", Api.tokenFor("staff")).json().asJsonArray())
        .hasSizeGreaterThan(looksBefore);
  }

  @Test
  void hrAddsARecordWithEvidenceThenWithdrawsItWithAReason() {
    JsonObject staff = Api.principal("staff");
    String personId = staff.getString("personId");
    browser.signIn("hr");
    browser.waitFor(By.linkText("Training records")).click();
    browser.waitFor(By.id("choose-person"));
    browser.driver().findElement(By.id("person")).sendKeys(personId);
    browser.clickAndWait(By.id("show-person"));
    browser.waitFor(By.id("add-form"));
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Training record of " + staff.getString("displayName"));

    // The date field offers no day after today; past that (a browser that ignores it), a completion in
    // the future is refused in the service's words, and nothing is written.
    assertThat(browser.driver().findElement(By.id("completedOn")).getAttribute("max")).isEqualTo(TODAY.toString());
    int entriesBefore = browser.driver().findElements(By.cssSelector("#history tbody tr.record")).size();
    new Select(browser.driver().findElement(By.id("training"))).selectByValue("CONFLICT_RESOLUTION|1");
    ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('completedOn').removeAttribute('max');");
    setDate(By.id("completedOn"), TODAY.plusDays(3));
    browser.driver().findElement(By.id("evidence")).sendKeys("CERT-PORTAL-1");
    browser.clickAndWait(By.id("add"));
    browser.waitFor(By.id("add-form"));
    assertThat(browser.messages()).containsIgnoringCase("future");
    assertThat(browser.driver().findElements(By.cssSelector("#history tbody tr.record"))).hasSize(entriesBefore);

    new Select(browser.driver().findElement(By.id("training"))).selectByValue("CONFLICT_RESOLUTION|1");
    LocalDate completed = TODAY.minusDays(57);
    setDate(By.id("completedOn"), completed);
    browser.driver().findElement(By.id("evidence")).clear();
    browser.driver().findElement(By.id("evidence")).sendKeys("CERT-PORTAL-1");
    browser.clickAndWait(By.id("add"));
    browser.waitFor(By.id("done"));
    assertThat(browser.messages()).isEmpty();
    String done = browser.text(By.id("done"));
    assertThat(done).matches("Entry \\d+ added: .*");
    String entry = done.replaceAll("Entry (\\d+) added.*", "$1");
    assertThat(browser.text(By.id("history"))).contains("CERT-PORTAL-1");
    browser.screenshot("training-record");

    // Withdrawing needs a reason; then the entry stays, marked as withdrawn.
    new Select(browser.driver().findElement(By.id("entry"))).selectByValue(entry);
    browser.driver().findElement(By.cssSelector("input[name=change][value=REVOKE]")).click();
    browser.clickAndWait(By.id("change-entry"));
    browser.waitFor(By.id("change-form"));
    assertThat(browser.messages()).containsIgnoringCase("why");

    new Select(browser.driver().findElement(By.id("entry"))).selectByValue(entry);
    browser.driver().findElement(By.cssSelector("input[name=change][value=REVOKE]")).click();
    browser.driver().findElement(By.id("reason")).sendKeys("Certificate was for another person.");
    browser.clickAndWait(By.id("change-entry"));
    browser.waitFor(By.id("done"));
    assertThat(browser.text(By.id("done"))).startsWith("Entry " + entry + " withdrawn by new entry ");
    assertThat(browser.text(By.id("history"))).contains("Withdrawn by entry").contains("Certificate was for another person.");

    // The person sees both entries in their own history.
    String history = Api.get("/passport/api/people/me/records", Api.tokenFor("staff")).json().toString();
    assertThat(history).contains("\"supersedes\":" + entry).contains("CERT-PORTAL-1");
  }

  @Test
  void theAcademySeesTheCityAndDrillsIntoAPartner() {
    browser.signIn("admin");
    browser.waitFor(By.linkText("City compliance")).click();
    browser.waitFor(By.id("organisations"));
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("City compliance");
    assertThat(browser.text(By.id("compliance-headline"))).matches("\\d+ of \\d+ staff meet every requirement \\(\\d+%\\)");
    assertThat(browser.driver().findElements(By.cssSelector("#subjects tbody tr"))).hasSizeGreaterThan(5);
    browser.screenshot("city-compliance");
    browser.clickAndWait(By.linkText("Northgate Hospitals NHS Foundation Trust"));
    browser.waitFor(By.id("subjects"));
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Compliance of Northgate Hospitals NHS Foundation Trust");
  }

  @Test
  void eachPageIsOnlyForItsRole() {
    browser.signIn("staff");
    for (String page : List.of("/team.xhtml", "/organisation/records.xhtml", "/city.xhtml")) {
      browser.open(page);
      assertThat(browser.text(By.cssSelector("main h1"))).as(page).isEqualTo("You do not have access to this page");
    }
    browser.signIn("admin");
    browser.open("/organisation/records.xhtml");
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("You do not have access to this page");
    browser.signIn("carehome.hr");
    browser.open("/organisation/records.xhtml?person=" + Api.principal("staff").getString("personId"));
    assertThat(browser.messages()).contains("not this one");
    assertThat(browser.isPresent(By.id("add-form"))).as("nothing to change for someone else's staff").isFalse();
  }
}
