package city.academy.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The HR admin's transfer check and compliance pages, in a real browser. */
class HrPagesIT extends BrowserTest {

  private static void fillThePost(String startDate) {
    Select group = new Select(browser.waitFor(By.id("staffGroup")));
    assertThat(group.getOptions()).hasSizeGreaterThan(1);
    group.selectByIndex(1);
    browser.driver().findElement(By.id("jobRole")).sendKeys("Staff Nurse");
    browser.driver().findElement(By.id("clinical")).click();
    browser.driver().findElement(By.id("patientFacing")).click();
    WebElement day = browser.driver().findElement(By.id("startDate"));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", day, startDate);
  }

  @Test
  void hrChecksOneOfTheirStaffByPassportIdentity() {
    JsonObject staff = Api.principal("staff");
    browser.signIn("hr");
    browser.waitFor(By.linkText("Transfer check")).click();
    browser.waitFor(By.id("transfer-check-form"));
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Transfer check");

    browser.driver().findElement(By.id("personId")).sendKeys(staff.getString("personId"));
    fillThePost(LocalDate.now(ZoneId.of("Europe/London")).plusDays(14).toString());
    browser.clickAndWait(By.id("check"));
    browser.waitFor(By.id("page-heading"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Transfer check");
    browser.waitFor(By.id("result"));
    assertThat(browser.text(By.id("result-heading"))).isEqualTo(staff.getString("displayName"));
    assertThat(browser.text(By.id("transfer-summary")))
        .matches("\\d+ of \\d+ requirements? already met — about [\\d.]+ hours? of training they need not repeat");
    assertThat(browser.driver().findElements(By.cssSelector("#outcomes tbody tr.requirement"))).isNotEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("#outcomes .light-text")))
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.getAttribute("textContent").strip())
            .matches("Met, (valid until \\d{1,2} [A-Z][a-z]{2} \\d{4}|does not expire)|Expires before the start date — refresh .*|To do before starting"));
    assertThat(browser.text(By.id("local-heading"))).isEqualTo("Local requirements: always to do here");
    assertThat(browser.isPresent(By.id("print"))).isTrue();
    // The form keeps what was typed.
    assertThat(browser.driver().findElement(By.id("personId")).getAttribute("value")).isEqualTo(staff.getString("personId"));
    browser.screenshot("transfer-check");
    browser.scrollTo(By.id("result"));
    browser.screenshot("transfer-check-result");
  }

  @Test
  void hrKeepsASignedCopyOfAPassportWithTheShareCode() {
    String code = Api.post("/passport/api/people/me/share-codes", Api.tokenFor("carehome.staff"), "{\"organisationCode\": \"NGH\"}")
        .object().getString("code");
    browser.signIn("hr");
    browser.open("/organisation/transfer-check.xhtml");
    browser.waitFor(By.id("shareCode")).sendKeys(code);
    fillThePost(LocalDate.now(ZoneId.of("Europe/London")).plusDays(14).toString());
    browser.clickAndWait(By.id("check-and-sign"));
    browser.waitFor(By.id("signed-copy"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.isPresent(By.id("result"))).as("the check is shown too").isTrue();
    String credential = browser.driver().findElement(By.id("signed-copy-text")).getAttribute("value").strip();
    assertThat(credential.split("\\.")).hasSize(3);
    assertThat(browser.driver().findElement(By.id("signed-copy-verify")).getAttribute("href")).contains("/verify.xhtml?credential=");
    browser.scrollTo(By.id("signed-copy"));
    browser.screenshot("transfer-check-signed-copy");
    JsonObject check = Api.send("POST", "/passport/api/credentials/verify", null, "text/plain", credential).object();
    assertThat(check.getString("outcome")).isEqualTo("GENUINE");
    assertThat(check.getJsonObject("asserted").getString("passportId")).isEqualTo(Api.principal("carehome.staff").getString("personId"));
  }

  @Test
  void aSignedCopyNeedsAShareCode() {
    JsonObject staff = Api.principal("staff");
    browser.signIn("hr");
    browser.open("/organisation/transfer-check.xhtml");
    browser.waitFor(By.id("personId")).sendKeys(staff.getString("personId"));
    fillThePost(LocalDate.now(ZoneId.of("Europe/London")).plusDays(14).toString());
    browser.clickAndWait(By.id("check-and-sign"));
    browser.waitFor(By.id("transfer-check-form"));
    assertThat(browser.messages()).contains("share code");
    assertThat(browser.isPresent(By.id("signed-copy"))).isFalse();
  }

  @Test
  void aShareCodeNobodyIssuedIsRefusedWithTheServicesWords() {
    browser.signIn("hr");
    browser.open("/organisation/transfer-check.xhtml");
    browser.waitFor(By.id("shareCode")).sendKeys("ZZZZ-ZZZZ-ZZZZ");
    fillThePost(LocalDate.now(ZoneId.of("Europe/London")).plusDays(14).toString());
    browser.clickAndWait(By.id("check"));
    browser.waitFor(By.id("transfer-check-form"));

    assertThat(browser.messages()).isNotBlank().doesNotContain("Exception");
    assertThat(browser.isPresent(By.id("result"))).isFalse();
    assertThat(browser.driver().findElement(By.id("shareCode")).getAttribute("value")).isEqualTo("ZZZZ-ZZZZ-ZZZZ");
    assertThat(browser.driver().findElement(By.id("jobRole")).getAttribute("value")).isEqualTo("Staff Nurse");
    browser.screenshot("transfer-check-refused");
  }

  @Test
  void hrSeeTheirOrganisationsCompliance() {
    browser.signIn("hr");
    browser.waitFor(By.linkText("Compliance")).click();
    browser.waitFor(By.id("subjects"));

    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.id("compliance-headline")))
        .matches("\\d+ of \\d+ (staff meet|member of staff meets) every requirement \\(\\d{1,3}%\\)");
    assertThat(browser.driver().findElements(By.cssSelector("#subjects tbody tr"))).isNotEmpty();
    assertThat(browser.isPresent(By.id("groups"))).isTrue();
    assertThat(browser.text(By.id("expiring-heading"))).isEqualTo("Expiring in the next 30 days");
    assertThat(browser.isPresent(By.id("csv-link"))).isTrue();
    browser.screenshot("compliance");

    browser.open("/organisation/compliance.xhtml?days=90");
    assertThat(browser.text(By.id("expiring-heading"))).isEqualTo("Expiring in the next 90 days");

    // A count leads to the people behind it, and each to their training record.
    browser.clickAndWait(By.cssSelector("#subjects a.count-link"));
    browser.waitFor(By.id("people-list"));
    assertThat(browser.text(By.id("people-heading"))).matches(".+: (up to date|expiring soon|expired|missing)");
    assertThat(browser.driver().findElements(By.cssSelector("#people-list tbody tr a"))).isNotEmpty();
    browser.screenshot("compliance-people");
    browser.clickAndWait(By.cssSelector("#people-list tbody tr a"));
    browser.waitFor(By.id("add-form"));
    assertThat(browser.text(By.cssSelector("main h1"))).startsWith("Training record of ");
  }

  @Test
  void theAcademySeesFiguresNotPeople() {
    browser.signIn("admin");
    browser.open("/organisation/compliance.xhtml?org=NGH&subject=FIRE_SAFETY&status=MISSING");
    browser.waitFor(By.id("subjects"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.isPresent(By.cssSelector("#subjects a.count-link"))).isFalse();
    assertThat(browser.isPresent(By.id("people-list"))).isFalse();
    assertThat(browser.isPresent(By.id("expiring"))).isFalse();
  }

  @Test
  void theCareHomesHrSeeTheirOwnFigures() {
    JsonObject bwc = Api.get("/passport/api/compliance/organisations/BWC", Api.tokenFor("carehome.hr")).object();
    browser.signIn("carehome.hr");
    browser.open("/organisation/compliance.xhtml");
    browser.waitFor(By.id("subjects"));

    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Compliance of " + bwc.getString("scopeName"));
    assertThat(browser.text(By.id("compliance-headline")))
        .startsWith(bwc.getJsonNumber("compliantPeople").longValue() + " of " + bwc.getJsonNumber("people").longValue() + " ");

    // Another organisation's figures are refused by the service, in its words.
    browser.open("/organisation/compliance.xhtml?org=NGH");
    assertThat(browser.messages()).isNotBlank();
    assertThat(browser.isPresent(By.id("subjects"))).isFalse();
  }
}
