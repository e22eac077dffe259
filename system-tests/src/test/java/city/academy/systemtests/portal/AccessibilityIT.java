package city.academy.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Automated WCAG 2.2 AA checks (axe-core) of the portal's pages as each role sees them: no
 * violation may be serious or critical. Also takes the user guide's screenshots when run with
 * {@code -Dacademy.screenshots=true}.
 */
class AccessibilityIT extends BrowserTest {
  private static final List<String> BLOCKING = List.of("serious", "critical");


  private static void assertAccessible(String what) {
    JsonArray violations = browser.axeViolations();
    List<JsonObject> blocking =
        violations.getValuesAs(JsonObject.class).stream()
            .filter(v -> !v.isNull("impact") && BLOCKING.contains(v.getString("impact")))
            .toList();
    assertThat(blocking)
        .as("serious or critical WCAG violations on %s (%s); all violations:%s", what, browser.path(), Browser.describe(violations))
        .isEmpty();
  }

  @Test
  void theSignInPage() {
    browser.forget();
    browser.open("/login.xhtml");
    browser.waitFor(By.id("username"));
    assertAccessible("the sign-in page");
    browser.screenshot("login");
  }

  @Test
  void theSignInPageWithAnError() {
    browser.forget();
    browser.open("/login.xhtml");
    browser.submitSignIn("staff", "wrong");
    assertAccessible("the sign-in page after a wrong password");
  }

  @ParameterizedTest(name = "home page of {0}")
  @ValueSource(strings = {"staff", "manager", "hr", "provider", "admin", "carehome.hr", "carehome.staff", "apprentice"})
  void eachRolesHomePage(String username) {
    browser.signIn(username);
    assertAccessible("the home page of " + username);
    browser.screenshot("home-" + username.replace('.', '-'));
  }

  @Test
  void theHomePageAndCatalogueOnAPhone() {
    var window = browser.driver().manage().window();
    var desktop = window.getSize();
    try {
      window.setSize(new org.openqa.selenium.Dimension(390, 844));
      browser.signIn("carehome.staff");
      assertAccessible("the home page on a phone");
      assertThat(fitsTheWidth()).as("home page fits a phone's width").isTrue();
      browser.screenshot("phone-home");

      browser.open("/catalogue.xhtml");
      browser.waitFor(By.id("courses"));
      assertAccessible("the catalogue on a phone");
      assertThat(fitsTheWidth()).as("catalogue fits a phone's width").isTrue();
      browser.screenshot("phone-catalogue");
    } finally {
      window.setSize(desktop);
    }
  }

  @Test
  void thePassportPages() {
    browser.signIn("staff");
    browser.open("/passport.xhtml");
    browser.waitFor(By.id("requirements"));
    assertAccessible("my passport");

    browser.open("/passport.xhtml?asOf=2035-01-01");
    browser.waitFor(By.id("requirements"));
    assertAccessible("my passport on a day in the future");
    browser.screenshot("passport-future");

    browser.open("/passport.xhtml?asOf=not-a-date");
    browser.waitFor(By.id("asOf-error"));
    assertAccessible("my passport with a day that is no date");
    browser.screenshot("passport-bad-date");

    browser.open("/access-log.xhtml");
    browser.waitFor(By.id("page-heading"));
    assertAccessible("who has looked at my passport");

    browser.signIn("admin");
    browser.open("/access-log.xhtml");
    browser.waitFor(By.id("page-heading"));
    assertAccessible("an empty access log");
  }

  @Test
  void thePassportPagesOnAPhone() {
    var window = browser.driver().manage().window();
    var desktop = window.getSize();
    try {
      window.setSize(new org.openqa.selenium.Dimension(390, 844));
      browser.signIn("staff");
      browser.open("/passport.xhtml");
      browser.waitFor(By.id("requirements"));
      assertAccessible("my passport on a phone");
      assertThat(fitsTheWidth()).as("passport fits a phone's width").isTrue();
      browser.scrollTo(By.id("summary"));
      browser.screenshot("phone-passport");
      browser.scrollTo(By.id("requirements-heading"));
      browser.screenshot("phone-passport-requirements");

      browser.open("/passport.xhtml?asOf=2035-01-01");
      browser.waitFor(By.id("requirements"));
      assertAccessible("my passport on a day in the future on a phone");
      assertThat(fitsTheWidth()).as("passport on a day fits a phone's width").isTrue();

      browser.open("/access-log.xhtml");
      browser.waitFor(By.id("page-heading"));
      assertAccessible("the access log on a phone");
      assertThat(fitsTheWidth()).as("access log fits a phone's width").isTrue();
      browser.screenshot("phone-access-log");
    } finally {
      window.setSize(desktop);
    }
  }

  private static boolean fitsTheWidth() {
    Object fits =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1;");
    return Boolean.TRUE.equals(fits);
  }

  @Test
  void theStaffMembersPages() {
    browser.signIn("staff");
    browser.open("/profile.xhtml");
    browser.waitFor(By.id("person-name"));
    assertAccessible("my profile");
    browser.screenshot("profile");

    browser.open("/preferences.xhtml");
    browser.waitFor(By.id("preferences-form"));
    assertAccessible("my email preferences");

    browser.open("/catalogue.xhtml");
    browser.waitFor(By.id("courses"));
    assertAccessible("the catalogue");
    browser.screenshot("catalogue");

    browser.open("/organisation/staff.xhtml");
    assertAccessible("the forbidden page");
  }

  @Test
  void theHrAdminsStaffList() {
    browser.signIn("hr");
    browser.open("/organisation/staff.xhtml");
    browser.waitFor(By.id("staff"));
    assertAccessible("the staff list");
    browser.screenshot("staff");

    browser.open("/organisation/email-problems.xhtml");
    browser.waitFor(By.id("problems"));
    assertAccessible("emails that do not arrive");

    browser.open("/organisation/staff.xhtml?org=BWC");
    assertAccessible("the staff list with a refusal from the service");
  }

  @Test
  void theHrAdminsTransferCheckAndCompliance() {
    browser.signIn("hr");
    browser.open("/organisation/transfer-check.xhtml");
    browser.waitFor(By.id("transfer-check-form"));
    assertAccessible("the transfer check");

    browser.driver().findElement(By.id("shareCode")).sendKeys("ZZZZ-ZZZZ-ZZZZ");
    browser.driver().findElement(By.id("check")).click();
    browser.waitFor(By.id("transfer-check-form"));
    assertAccessible("the transfer check with a refusal from the service");

    browser.open("/organisation/compliance.xhtml");
    browser.waitFor(By.id("subjects"));
    assertAccessible("the compliance page");

    browser.signIn("admin");
    browser.open("/organisation/compliance.xhtml");
    assertAccessible("the compliance page before choosing an organisation");
    browser.open("/organisation/compliance.xhtml?org=NGH&days=60");
    browser.waitFor(By.id("subjects"));
    assertAccessible("a chosen organisation's compliance");
  }

  @Test
  void theHrAdminsPagesOnAPhone() {
    var window = browser.driver().manage().window();
    var desktop = window.getSize();
    try {
      window.setSize(new org.openqa.selenium.Dimension(390, 844));
      browser.signIn("hr");
      browser.open("/organisation/transfer-check.xhtml");
      browser.waitFor(By.id("transfer-check-form"));
      assertAccessible("the transfer check on a phone");
      assertThat(fitsTheWidth()).as("transfer check fits a phone's width").isTrue();
      browser.screenshot("phone-transfer-check");

      browser.open("/organisation/compliance.xhtml");
      browser.waitFor(By.id("subjects"));
      assertAccessible("the compliance page on a phone");
      assertThat(fitsTheWidth()).as("compliance fits a phone's width").isTrue();
      browser.screenshot("phone-compliance");
    } finally {
      window.setSize(desktop);
    }
  }

  @Test
  void theAcademyAdminsPages() {
    browser.signIn("admin");
    browser.open("/framework.xhtml");
    browser.waitFor(By.id("framework-title"));
    assertAccessible("the training framework");
    browser.screenshot("framework");

    browser.open("/organisation/partners.xhtml");
    browser.waitFor(By.id("partners"));
    assertAccessible("the partners");
    browser.screenshot("partners");

    browser.open("/organisation/staff.xhtml");
    assertAccessible("the staff list before choosing an organisation");
    browser.open("/organisation/staff.xhtml?org=NGH");
    browser.waitFor(By.id("staff"));
    assertAccessible("a chosen organisation's staff list");

    browser.open("/city.xhtml");
    browser.waitFor(By.id("organisations"));
    assertAccessible("the city's compliance");
  }

  @Test
  void thePassportWorkPages() {
    browser.signIn("staff");
    browser.open("/share-codes.xhtml");
    browser.waitFor(By.id("issue-form"));
    assertAccessible("sharing my passport");

    browser.signIn("manager");
    browser.open("/team.xhtml");
    browser.waitFor(By.id("team"));
    assertAccessible("my team");

    browser.signIn("hr");
    browser.open("/organisation/records.xhtml");
    browser.waitFor(By.id("choose-person"));
    assertAccessible("training records before choosing a person");
    browser.open("/organisation/records.xhtml?person=" + city.academy.systemtests.Api.principal("staff").getString("personId"));
    browser.waitFor(By.id("add-form"));
    assertAccessible("a staff member's training record");
  }

  /** An import with one rejected row, uploaded by HR through the API and waited for: its id. */
  private static long finishedImportWithARejectedRow() {
    String hr = city.academy.systemtests.Api.tokenFor("hr");
    String csv = "Organisation Code,Employee Number,Competence Name,Achievement Date,Expiry Date\n"
        + "NGH,NOSUCH0001,NHS|CSTF|Fire Safety - 2 Years|,01/01/2025,\n";
    var accepted = city.academy.systemtests.Api.send("POST", "/passport/api/imports?format=NATIONAL_HR&organisation=NGH&fileName=a11y.csv",
        hr, "text/csv", csv);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    long id = accepted.object().getJsonNumber("id").longValue();
    long until = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
    while (List.of("QUEUED", "RUNNING").contains(
        city.academy.systemtests.Api.get("/passport/api/imports/" + id, hr).object().getString("status"))) {
      assertThat(System.nanoTime()).as("import %d finishes", id).isLessThan(until);
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    return id;
  }

  /** A signed passport of the demo staff member, issued through the API: its identifier. */
  private static String signedPassport() {
    var issued = city.academy.systemtests.Api.post("/passport/api/people/me/credentials",
        city.academy.systemtests.Api.tokenFor("staff"), "");
    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    return issued.object().getString("id");
  }

  @Test
  void theSignedPassportPages() {
    String id = signedPassport();
    browser.signIn("staff");
    browser.open("/credentials.xhtml");
    browser.waitFor(By.id("credentials"));
    assertAccessible("my signed passports");
    browser.open("/credentials.xhtml?withdraw=" + id);
    browser.waitFor(By.id("withdraw-panel"));
    assertAccessible("withdrawing a signed passport");

    browser.forget();
    browser.open("/verify.xhtml");
    browser.waitFor(By.id("check-form"));
    assertAccessible("the verify page of a visitor");
    browser.clickAndWait(By.id("check"));
    browser.waitFor(By.id("check-form"));
    assertThat(browser.messages()).isNotBlank();
    assertAccessible("the verify page with nothing pasted");
    browser.open("/verify.xhtml?credential=" + id);
    browser.waitFor(By.id("verdict"));
    assertAccessible("a genuine signed passport");
    browser.open("/verify.xhtml");
    browser.waitFor(By.id("credential-text")).sendKeys("eyJhbGciOiJFUzI1NiJ9.e30.c2lnbmF0dXJl");
    browser.clickAndWait(By.id("check"));
    browser.waitFor(By.id("verdict"));
    assertAccessible("a credential that is not genuine");
  }

  @Test
  void theSignedPassportPagesOnAPhone() {
    String id = signedPassport();
    var window = browser.driver().manage().window();
    var desktop = window.getSize();
    try {
      window.setSize(new org.openqa.selenium.Dimension(390, 844));
      browser.signIn("staff");
      browser.open("/credentials.xhtml");
      browser.waitFor(By.id("credentials"));
      assertAccessible("my signed passports on a phone");
      assertThat(fitsTheWidth()).as("my signed passports fit a phone's width").isTrue();
      browser.screenshot("phone-signed-passport");

      browser.forget();
      browser.open("/verify.xhtml?credential=" + id);
      browser.waitFor(By.id("verdict"));
      assertAccessible("a genuine signed passport on a phone");
      assertThat(fitsTheWidth()).as("the verify page fits a phone's width").isTrue();
      browser.screenshot("phone-verify");
    } finally {
      window.setSize(desktop);
    }
  }

  @Test
  void theImportPages() {
    long id = finishedImportWithARejectedRow();
    browser.signIn("hr");
    browser.open("/organisation/imports.xhtml");
    browser.waitFor(By.id("upload-form"));
    assertAccessible("the imports page");
    browser.clickAndWait(By.id("upload-button"));
    browser.waitFor(By.id("upload-form"));
    assertThat(browser.messages()).isNotBlank();
    assertAccessible("the imports page with an error");

    browser.open("/organisation/imports.xhtml?job=" + id);
    browser.waitFor(By.id("rejections"));
    assertAccessible("an import and its rejected rows");

    browser.open("/organisation/imports.xhtml?job=999999999");
    browser.waitFor(By.id("page-heading"));
    assertThat(browser.messages()).isNotBlank();
    assertAccessible("an import that is not there");

    browser.signIn("admin");
    browser.open("/organisation/imports.xhtml");
    browser.waitFor(By.id("history"));
    assertAccessible("the imports page of an academy admin");
  }

  @Test
  void theImportPagesOnAPhone() {
    long id = finishedImportWithARejectedRow();
    var window = browser.driver().manage().window();
    var desktop = window.getSize();
    try {
      window.setSize(new org.openqa.selenium.Dimension(390, 844));
      browser.signIn("hr");
      browser.open("/organisation/imports.xhtml");
      browser.waitFor(By.id("upload-form"));
      assertAccessible("the imports page on a phone");
      assertThat(fitsTheWidth()).as("imports page fits a phone's width").isTrue();
      browser.screenshot("phone-imports");

      browser.open("/organisation/imports.xhtml?job=" + id);
      browser.waitFor(By.id("rejections"));
      assertAccessible("an import on a phone");
      assertThat(fitsTheWidth()).as("an import fits a phone's width").isTrue();
      browser.scrollTo(By.id("job-heading"));
      browser.screenshot("phone-import-job");
    } finally {
      window.setSize(desktop);
    }
  }

  @Test
  void theErrorPages() {
    browser.signIn("staff");
    browser.open("/no-such-page.xhtml");
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Page not found");
    assertAccessible("the not-found page");

    browser.forget();
    browser.open("/error/server-error.xhtml");
    assertAccessible("the server error page");
    browser.open("/error/expired.xhtml");
    assertAccessible("the expired page");
  }

  @Test
  void theApprenticeshipPagesOnADesktopAndAPhone() {
    long cohort = ApprenticeshipPagesIT.cohortNamed("Data Analyst L4").getJsonNumber("id").longValue();
    long apprentice = ApprenticeshipPagesIT.theApprenticesRecord().getJsonNumber("id").longValue();
    var window = browser.driver().manage().window();
    var desktop = window.getSize();
    try {
      for (boolean phone : List.of(false, true)) {
        String on = phone ? " on a phone" : "";
        if (phone) {
          window.setSize(new org.openqa.selenium.Dimension(390, 844));
        }
        browser.signIn("admin");
        for (String page : List.of("/apprenticeships/programmes.xhtml", "/apprenticeships/cohorts.xhtml",
            "/apprenticeships/cohort.xhtml?id=" + cohort, "/apprenticeships/apprentice.xhtml?id=" + apprentice,
            "/apprenticeships/city.xhtml")) {
          browser.open(page);
          browser.waitFor(By.id("page-heading"));
          assertThat(browser.messages()).as("messages on %s", page).isEmpty();
          assertAccessible(page + " as the academy admin" + on);
          if (phone) {
            assertThat(fitsTheWidth()).as("%s fits a phone's width", page).isTrue();
          }
        }
        if (phone) {
          browser.open("/apprenticeships/cohort.xhtml?id=" + cohort);
          browser.waitFor(By.id("dashboard"));
          browser.scrollTo(By.id("funnel-heading"));
          browser.screenshot("phone-apprenticeship-cohort");
        }

        browser.signIn("apprentice");
        browser.open("/apprenticeships/mine.xhtml");
        browser.waitFor(By.id("summary"));
        assertAccessible("my apprenticeship" + on);
        if (phone) {
          assertThat(fitsTheWidth()).as("my apprenticeship fits a phone's width").isTrue();
          browser.screenshot("phone-my-apprenticeship");
        }

        browser.signIn("manager");
        browser.open("/apprenticeships/team.xhtml");
        browser.waitFor(By.id("managed"));
        assertAccessible("apprentices I manage" + on);
        browser.open("/apprenticeships/apprentice.xhtml?id=" + apprentice);
        browser.waitFor(By.id("otj"));
        assertAccessible("an apprentice as their line manager sees them" + on);
        if (phone) {
          assertThat(fitsTheWidth()).as("an apprentice's record fits a phone's width").isTrue();
        }

        browser.signIn("hr");
        browser.open("/apprenticeships/cohorts.xhtml");
        browser.waitFor(By.id("ours"));
        assertAccessible("our apprentices" + on);
      }
    } finally {
      window.setSize(desktop);
    }
  }
}
