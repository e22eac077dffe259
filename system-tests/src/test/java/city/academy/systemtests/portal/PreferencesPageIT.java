package city.academy.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A person chooses which of their messages also come by email; an HR admin asks for their organisation's weekly digest. */
class PreferencesPageIT extends BrowserTest {
  private static final String DEFAULTS =
      "{\"expiryReminders\":\"ALL\",\"bookingUpdates\":true,\"sessionReminders\":true,\"teamDigest\":true}";

  @AfterEach
  void putTheDefaultsBack() {
    for (String user : new String[] {"manager", "carehome.hr"}) {
      Api.send("PUT", "/catalogue/api/messages/preferences", Api.tokenFor(user), "application/json", DEFAULTS);
    }
  }

  @Test
  void aPersonHasFewerRemindersAndNoBookingEmailsButCannotSwitchRemindersOff() {
    browser.signIn("manager");
    browser.open("/messages.xhtml");
    browser.waitFor(By.linkText("Choose which messages also come by email")).click();
    browser.waitFor(By.id("preferences-form"));
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Email preferences");
    assertThat(browser.driver().findElement(By.cssSelector("input[name='expiryReminders'][value='ALL']")).isSelected()).isTrue();
    assertThat(browser.driver().findElements(By.cssSelector("input[name='expiryReminders']")))
        .as("fewer or all: there is no way to switch them off").hasSize(2);
    assertThat(browser.isPresent(By.id("organisationDigest"))).as("not an HR admin").isFalse();

    browser.driver().findElement(By.cssSelector("input[name='expiryReminders'][value='FEWER']")).click();
    browser.driver().findElement(By.id("bookingUpdates")).click();
    browser.clickAndWait(By.id("save-preferences"));
    assertThat(browser.text(By.id("done"))).isEqualTo("Your email choices are saved.");
    browser.screenshot("email-preferences");

    browser.open("/preferences.xhtml");
    browser.waitFor(By.id("preferences-form"));
    assertThat(browser.driver().findElement(By.cssSelector("input[name='expiryReminders'][value='FEWER']")).isSelected()).isTrue();
    assertThat(browser.driver().findElement(By.id("bookingUpdates")).isSelected()).isFalse();
    assertThat(browser.driver().findElement(By.id("sessionReminders")).isSelected()).isTrue();
    JsonObject saved = Api.get("/catalogue/api/messages/preferences", Api.tokenFor("manager")).object();
    assertThat(saved.getString("expiryReminders")).isEqualTo("FEWER");
    assertThat(saved.getBoolean("bookingUpdates")).isFalse();
  }

  @Test
  void anHrAdminAsksForTheirOrganisationsWeeklyDigest() {
    browser.signIn("carehome.hr");
    browser.open("/preferences.xhtml");
    Select organisation = new Select(browser.waitFor(By.id("organisationDigest")));
    assertThat(organisation.getOptions()).extracting(o -> o.getAttribute("value")).containsExactly("", "BWC");
    organisation.selectByValue("BWC");
    browser.clickAndWait(By.id("save-preferences"));
    assertThat(browser.text(By.id("done"))).isEqualTo("Your email choices are saved.");
    assertThat(Api.get("/catalogue/api/messages/preferences", Api.tokenFor("carehome.hr")).object().getString("organisationDigest"))
        .isEqualTo("BWC");
  }
}
