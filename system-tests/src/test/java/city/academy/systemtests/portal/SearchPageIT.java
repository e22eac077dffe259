package city.academy.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * Find training as a search: a care home worker narrows the city's upcoming sessions down to the
 * hospital's resuscitation session on one day, with a place they can take, and goes on to book.
 */
class SearchPageIT extends BrowserTest {
  private static final String COURSE = "Immediate Life Support";
  private static final int DAYS = 61;

  private static void setDate(String id, LocalDate day) {
    ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, day.toString());
  }

  @Test
  void aCareHomeWorkerSearchesWithFiltersAndReachesTheCourse() {
    long course = CatalogueSetup.course("NGH", COURSE);
    long session = CatalogueSetup.scheduled(course, CatalogueSetup.plan(DAYS, 4));
    LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(DAYS);

    browser.signIn("carehome.staff");
    browser.waitFor(By.linkText("Find training")).click();
    browser.waitFor(By.id("search-form"));
    browser.driver().findElement(By.id("q")).sendKeys("life support");
    new Select(browser.driver().findElement(By.id("subject"))).selectByValue("RESUSCITATION");
    new Select(browser.driver().findElement(By.id("provider"))).selectByValue("NGH");
    new Select(browser.driver().findElement(By.id("mode"))).selectByValue("CLASSROOM");
    setDate("from", day);
    setDate("to", day);
    browser.driver().findElement(By.id("available")).click();
    browser.clickAndWait(By.id("search-button"));
    browser.waitFor(By.id("results"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.path()).contains("q=life+support").contains("provider=NGH").contains("from=" + day).contains("available=");

    By row = By.cssSelector("#results tr.hit-" + session);
    assertThat(browser.text(row)).contains(COURSE).contains("Northgate").contains("10:00 to 12:00").contains("Classroom")
        .contains("4 of 4 places left: you can take one.");
    assertThat(browser.driver().findElements(By.cssSelector("#results tbody tr")).stream().map(r -> r.getText()).toList())
        .allMatch(t -> t.contains(COURSE));
    assertThat(browser.driver().findElement(By.id("q")).getAttribute("value")).isEqualTo("life support");
    assertThat(browser.driver().findElement(By.id("available")).isSelected()).isTrue();
    browser.screenshot("search");
    Axe.assertAccessible(browser, "search results");

    browser.clickAndWait(By.cssSelector("#results tr.hit-" + session + " a.hit-course"));
    browser.waitFor(By.id("sessions"));
    assertThat(browser.path()).contains("course.xhtml?id=" + course);
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo(COURSE);
  }

  @Test
  void signingOutFromFindTrainingWorksWithOrWithoutTheAvailableOnlyBox() {
    // the search form's checkbox is a JSF component: the sign-out post-back decodes it too
    browser.signIn("carehome.staff");
    browser.open("/catalogue.xhtml?search=1&available=on");
    browser.waitFor(By.id("results"));
    browser.signOut();
    assertThat(browser.path()).startsWith("/login.xhtml");
    assertThat(browser.text(By.id("signed-out"))).isEqualTo("You have signed out.");
  }

  @Test
  void aSearchThatFindsNothingSaysSoAndABadDateIsTheCataloguesToRefuse() {
    browser.signIn("carehome.staff");
    browser.open("/catalogue.xhtml?search=1&q=zzqqxx+nothing+like+it");
    browser.waitFor(By.id("results"));
    assertThat(browser.text(By.id("results"))).contains("No upcoming session matches");
    Axe.assertAccessible(browser, "a search that finds nothing");

    browser.open("/catalogue.xhtml?search=1&from=not-a-day");
    assertThat(browser.messages()).isNotEmpty();
    assertThat(browser.isPresent(By.id("results"))).isFalse();

    browser.open("/catalogue.xhtml");
    browser.waitFor(By.id("courses"));
    assertThat(browser.isPresent(By.linkText(COURSE))).isTrue();
    Axe.assertAccessible(browser, "every course");
  }
}
