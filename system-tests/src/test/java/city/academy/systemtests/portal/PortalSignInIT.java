package city.academy.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/** Signing in and out of the portal in a real browser, and what each demo role then sees. */
class PortalSignInIT extends BrowserTest {
  private static final List<String> PERSON_ROLES =
      List.of("STAFF", "LINE_MANAGER", "HR_ADMIN", "PROVIDER", "ACADEMY_ADMIN");


  @ParameterizedTest(name = "{0} sees their own home page")
  @ValueSource(strings = {"staff", "manager", "hr", "provider", "admin", "carehome.hr", "carehome.staff"})
  void eachDemoRoleSeesItsHomePage(String username) {
    JsonObject principal = Api.principal(username);
    List<String> roles =
        principal.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();

    browser.signIn(username);

    assertThat(browser.path()).startsWith("/index.xhtml");
    assertThat(browser.text(By.id("welcome"))).isEqualTo("Welcome, " + principal.getString("displayName"));
    assertThat(browser.text(By.id("who-name"))).isEqualTo(principal.getString("displayName"));
    for (String role : PERSON_ROLES) {
      assertThat(browser.isPresent(By.id("role-" + role)))
          .as("section role-%s for %s (roles %s)", role, username, roles)
          .isEqualTo(roles.contains(role));
    }
    assertThat(browser.isPresent(By.cssSelector("nav[aria-label='Main']"))).isTrue();
  }

  @Test
  void rolesShowOnlyTheirOwnSections() {
    browser.signIn("staff");
    assertThat(browser.isPresent(By.id("role-STAFF"))).isTrue();
    assertThat(browser.isPresent(By.id("role-HR_ADMIN"))).isFalse();
    assertThat(browser.isPresent(By.id("role-ACADEMY_ADMIN"))).isFalse();
    assertThat(browser.isPresent(By.linkText("Our staff"))).isFalse();

    browser.signIn("hr");
    assertThat(browser.isPresent(By.id("role-HR_ADMIN"))).isTrue();
    assertThat(browser.isPresent(By.id("role-ACADEMY_ADMIN"))).isFalse();

    browser.signIn("carehome.staff");
    assertThat(browser.isPresent(By.id("role-HR_ADMIN"))).isFalse();

    browser.signIn("admin");
    assertThat(browser.isPresent(By.id("role-ACADEMY_ADMIN"))).isTrue();
  }

  @Test
  void aWrongPasswordIsRefusedOnTheSignInPage() {
    browser.open("/login.xhtml");
    browser.submitSignIn("staff", "not-the-password");

    assertThat(browser.path()).startsWith("/login.xhtml");
    assertThat(browser.messages()).isEqualTo("The username or password is not right.");
    assertThat(browser.text(By.cssSelector("[role='alert'] .message-error"))).isEqualTo("The username or password is not right.");
    assertThat(browser.waitFor(By.id("username")).getAttribute("value")).isEqualTo("staff");
    assertThat(browser.driver().findElement(By.id("password")).getAttribute("value")).isEmpty();
    assertThat(browser.isPresent(By.id("welcome"))).isFalse();
  }

  @Test
  void anUnknownUserIsRefusedInTheSameWords() {
    browser.open("/login.xhtml");
    browser.submitSignIn("nobody.here", "academy");
    assertThat(browser.messages()).isEqualTo("The username or password is not right.");
  }

  @Test
  void anEmptyFormSaysWhatIsMissing() {
    browser.open("/login.xhtml");
    browser.submitSignIn("", "");
    assertThat(browser.path()).startsWith("/login.xhtml");
    String page = browser.driver().findElement(By.id("main")).getText();
    assertThat(page).contains("Enter your username.").contains("Enter your password.");
  }

  @Test
  void anAnonymousVisitGoesToSignInThenToThePageFirstAskedFor() {
    browser.open("/profile.xhtml");
    assertThat(browser.path()).startsWith("/login.xhtml");

    browser.submitSignIn("staff", Browser.DEMO_PASSWORD);

    assertThat(browser.path()).startsWith("/profile.xhtml");
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("My profile");
    assertThat(browser.text(By.id("person-name"))).isNotBlank();
    assertThat(browser.text(By.id("person-id"))).isEqualTo(Api.principal("staff").getString("personId"));
  }

  @Test
  void staffOpeningTheStaffListGetTheForbiddenPage() {
    browser.signIn("staff");
    browser.open("/organisation/staff.xhtml");
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("You do not have access to this page");
    assertThat(browser.isPresent(By.id("home-link"))).isTrue();

    browser.open("/framework.xhtml");
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("You do not have access to this page");
  }

  @Test
  void hrAdminsSeeTheirOwnStaffAndAreToldWhyNotAnotherOrganisations() {
    browser.signIn("hr");
    browser.open("/organisation/staff.xhtml");
    assertThat(browser.text(By.cssSelector("main h1"))).startsWith("Staff of ");
    assertThat(browser.driver().findElements(By.cssSelector("#staff tbody tr"))).isNotEmpty();
    assertThat(browser.messages()).isEmpty();

    browser.open("/organisation/staff.xhtml?org=BWC");
    assertThat(browser.messages()).contains("your own organisation");
    assertThat(browser.isPresent(By.cssSelector("#staff tbody tr"))).isFalse();
  }

  @Test
  void everyoneCanFindTrainingAndSeeTheirProfile() {
    browser.signIn("carehome.staff");
    browser.open("/catalogue.xhtml");
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Find training");
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("#courses tbody tr"))).isNotEmpty();

    browser.open("/profile.xhtml");
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.id("person-id"))).startsWith(Api.principal("carehome.staff").getString("personId"));
  }

  @Test
  void academyAdminsSeeTheFrameworkAndPartners() {
    browser.signIn("admin");
    browser.open("/framework.xhtml");
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.id("framework-title"))).isNotBlank();
    assertThat(browser.driver().findElements(By.cssSelector("section.subject"))).isNotEmpty();
    // Refresher periods in years, not months.
    assertThat(browser.driver().findElement(By.id("main")).getText()).containsPattern("\\d+ years?");

    browser.open("/organisation/partners.xhtml");
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("#partners tbody tr"))).hasSizeGreaterThan(1);
  }

  @Test
  void signingOutReturnsToTheSignInPageAndEndsTheSession() {
    browser.signIn("manager");
    browser.signOut();

    assertThat(browser.path()).startsWith("/login.xhtml");
    assertThat(browser.text(By.id("signed-out"))).isEqualTo("You have signed out.");

    browser.open("/index.xhtml");
    assertThat(browser.path()).startsWith("/login.xhtml");
  }

  @Test
  void aPageLeftOpenTooLongIsExplainedNotCrashed() {
    browser.signIn("staff");
    // As if the server had forgotten this page (session state gone): the sign-out form's state is stale.
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript(
            "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\").forEach(function (e) { e.value = '1:2'; });");
    browser.waitFor(By.id("signout:signoutButton"));
    browser.clickAndWait(By.id("signout:signoutButton"));

    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("This page had expired");
    // No stack trace or exception message (PrimeFaces' own settings name the exception class).
    assertThat(browser.driver().findElement(By.tagName("body")).getText())
        .doesNotContain("Exception")
        .doesNotContain("could not be restored");
  }

  @Test
  void theFirstTabGoesToTheSkipLink() {
    browser.signIn("staff");
    browser.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
    org.openqa.selenium.WebElement focused = browser.driver().switchTo().activeElement();
    assertThat(focused.getText()).isEqualTo("Skip to main content");
    assertThat(focused.getAttribute("href")).endsWith("#main");
  }

  @Test
  void anUnknownPageIsExplainedWithoutSigningIn() {
    browser.open("/error/not-found.xhtml");
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Page not found");
  }
}
