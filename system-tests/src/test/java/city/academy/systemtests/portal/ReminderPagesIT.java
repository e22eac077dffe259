package city.academy.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.api.reminders.ReminderFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Reminders as people meet them in the portal: a manager's team digest with its links, HR's list of emails that do not arrive. */
class ReminderPagesIT extends BrowserTest {

  @Test
  void aManagerReadsTheirTeamDigestWithLinks() {
    String manager = Api.principal("manager").getString("personId");
    String member = ReminderFixtures.starter("Ellis", ReminderFixtures.address("team"), manager);
    ReminderFixtures.recordExpiringIn(member, "FIRE_SAFETY", 30);
    ReminderFixtures.run();

    browser.signIn("manager");
    browser.open("/messages.xhtml");
    browser.waitFor(By.id("message-list"));
    WebElement digest = browser.driver().findElements(By.cssSelector("#message-list .message-item")).stream()
        .filter(m -> m.getText().contains("Ellis Reminder")).findFirst().orElseThrow();
    assertThat(digest.findElement(By.cssSelector(".message-subject")).getText()).contains("Your team's mandatory training");
    List<WebElement> items = digest.findElements(By.cssSelector(".message-text li"));
    assertThat(items).extracting(WebElement::getText).anyMatch(t -> t.startsWith("Ellis Reminder, ") && t.contains("30 days from today"));
    WebElement teamLink = digest.findElement(By.cssSelector(".message-text a"));
    assertThat(teamLink.getText()).isEqualTo("See your team's training in the portal");
    assertThat(teamLink.getAttribute("href")).endsWith("/team.xhtml");
    browser.scrollTo(By.id("message-list"));
    browser.screenshot("messages-team-digest");
  }

  @Test
  void hrSeesWhoseEmailsDoNotArrive() throws Exception {
    String broken = ReminderFixtures.starter("Rowan", "rowan(at)example.org", null);
    ReminderFixtures.recordExpiringIn(broken, "FIRE_SAFETY", 30);
    ReminderFixtures.run();

    browser.signIn("carehome.hr");
    browser.waitFor(By.linkText("Emails that do not arrive")).click();
    long until = System.currentTimeMillis() + 60_000;
    while (!browser.driver().getPageSource().contains("rowan(at)example.org") && System.currentTimeMillis() < until) {
      Thread.sleep(1_000);
      browser.open("/organisation/email-problems.xhtml");
    }
    browser.waitFor(By.id("problems"));
    WebElement row = browser.driver().findElements(By.cssSelector("#problems tbody tr")).stream()
        .filter(r -> r.getText().contains("Rowan Reminder")).findFirst().orElseThrow();
    assertThat(row.getText()).contains("rowan(at)example.org").contains("is not an email address");
    assertThat(browser.text(By.cssSelector("main h1"))).startsWith("Emails that do not arrive");
    browser.screenshot("email-problems");

    // HR types the working address on the row and saves it
    WebElement form = row.findElement(By.cssSelector("form"));
    form.findElement(By.cssSelector("input[type='email']")).sendKeys("rowan@example.org");
    browser.clickAndWait(By.xpath("//tr[contains(., 'Rowan Reminder')]//input[@type='submit']"));
    assertThat(browser.text(By.id("done"))).isEqualTo("Saved: emails to Rowan Reminder go to rowan@example.org from now on.");
  }

  @Test
  void onlyHrAdminsOpenEmailsThatDoNotArriveAndOnlyForTheirOwnOrganisation() {
    browser.signIn("staff");
    browser.open("/organisation/email-problems.xhtml");
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("You do not have access to this page");

    browser.signIn("hr");
    browser.open("/organisation/email-problems.xhtml?org=BWC");
    assertThat(browser.messages()).contains("Only BWC's HR admins");
    assertThat(browser.isPresent(By.cssSelector("#problems tbody tr.problem"))).isFalse();

    browser.forget();
    browser.open("/preferences.xhtml");
    browser.waitFor(By.id("username"));
    assertThat(browser.path()).contains("login");
  }
}
