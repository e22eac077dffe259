package city.academy.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import jakarta.json.Json;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The hospital trust's training team in a real browser: schedules a session of one of its courses,
 * changes it, is refused in the service's words, cancels it (everyone booked is told), and keeps
 * the attendance register of a session that has started.
 */
class ProviderPagesIT extends BrowserTest {
  private static final String COURSE = "Safeguarding Adults Level 3";

  private static void set(String id, String value) {
    WebElement input = browser.driver().findElement(By.id(id));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input, value);
  }

  private static void type(String id, String value) {
    WebElement input = browser.driver().findElement(By.id(id));
    input.clear();
    input.sendKeys(value);
  }

  @Test
  void theTrainingTeamSchedulesChangesAndCancelsASession() {
    LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(50);
    browser.signIn("provider");
    browser.waitFor(By.linkText("Our courses")).click();
    browser.waitFor(By.id("courses"));
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Our courses");
    assertThat(browser.text(By.id("courses"))).contains(COURSE).doesNotContain("Moving and Handling People");
    browser.screenshot("our-courses");
    browser.clickAndWait(By.linkText(COURSE));
    browser.waitFor(By.id("sessions"));
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Sessions of " + COURSE);

    browser.clickAndWait(By.id("schedule"));
    browser.waitFor(By.id("session-form"));
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Schedule a session");
    set("startsAt", day + "T09:30");
    set("endsAt", day + "T16:00");
    type("venue", "Education Centre, Lecture Theatre");
    type("trainer", "Safeguarding team");
    type("capacity", "12");
    type("reservedPlaces", "4");
    browser.screenshot("schedule-session");
    browser.clickAndWait(By.id("save"));
    browser.waitFor(By.id("done"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.id("done"))).contains("09:30 to 16:00").endsWith("is scheduled.");
    long session = Long.parseLong(browser.path().replaceAll(".*scheduled=(\\d+).*", "$1"));
    By row = By.cssSelector("#sessions tr.session-" + session);
    assertThat(browser.text(row)).contains("0 of 12 places taken").contains("8 open to partners").contains("Safeguarding team");
    browser.screenshot("provider-sessions");

    // Two people book through the API; the change page shows the plan as it stands.
    String ann = CatalogueSetup.madeUpStaffOf("NGH");
    String ben = CatalogueSetup.madeUpStaffOf("BWC");
    CatalogueSetup.book(ann, session);
    CatalogueSetup.book(ben, session);
    browser.clickAndWait(By.id("change-" + session));
    browser.waitFor(By.id("session-form"));
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Change a session");
    assertThat(browser.driver().findElement(By.id("startsAt")).getAttribute("value")).isEqualTo(day + "T09:30");
    assertThat(browser.driver().findElement(By.id("capacity")).getAttribute("value")).isEqualTo("12");

    // Refused in the service's words, nothing changed.
    type("capacity", "1");
    type("reservedPlaces", "0");
    browser.clickAndWait(By.id("save"));
    browser.waitFor(By.id("session-form"));
    assertThat(browser.messages()).contains("2 people hold confirmed places");
    set("endsAt", day + "T08:00");
    type("capacity", "12");
    browser.clickAndWait(By.id("save"));
    browser.waitFor(By.id("session-form"));
    assertThat(browser.messages()).isNotEmpty();
    assertThat(CatalogueSetup.session(session).getInt("capacity")).isEqualTo(12);

    set("endsAt", day + "T15:30");
    type("capacity", "10");
    type("reservedPlaces", "4");
    type("trainer", "Dr Amira Shah");
    browser.clickAndWait(By.id("save"));
    browser.waitFor(By.id("done"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.id("done"))).contains("09:30 to 15:30").contains("is changed");
    assertThat(browser.text(row)).contains("2 of 10 places taken").contains("Dr Amira Shah");

    // Cancel the whole session: both learners are told, with the reason.
    browser.clickAndWait(By.id("change-" + session));
    browser.waitFor(By.id("cancel-session-form"));
    assertThat(browser.text(By.id("cancel-summary"))).startsWith("2 people have a place and 0 are waiting.");
    type("reason", "The trainer is unwell.");
    browser.clickAndWait(By.id("cancel-session"));
    browser.waitFor(By.id("done"));
    assertThat(browser.text(By.id("done"))).contains("is cancelled");
    assertThat(CatalogueSetup.session(session).getString("status")).isEqualTo("CANCELLED");
    for (String learner : List.of(ann, ben)) {
      assertThat(CatalogueSetup.messagesOf(learner).get(0).getString("text")).contains("has been cancelled").contains("The trainer is unwell.");
    }
  }

  @Test
  void theTrainingTeamMarksTheRegisterAllAtOnce() throws Exception {
    long course = CatalogueSetup.course("NGH", COURSE);
    OffsetDateTime start = CatalogueSetup.now().plusSeconds(8);
    long session = CatalogueSetup.scheduled(course, Json.createObjectBuilder()
        .add("startsAt", start.toString()).add("endsAt", start.plusHours(1).toString()).add("venue", "Ward 7 seminar room")
        .add("capacity", 5).add("reservedPlaces", 0).add("releaseAt", start.toString()).add("cancellationCutoffAt", start.toString()));
    long staffBooking = CatalogueSetup.book(Api.tokenFor("staff"), session).getJsonNumber("id").longValue();
    long careBooking = CatalogueSetup.book(Api.tokenFor("carehome.staff"), session).getJsonNumber("id").longValue();

    browser.signIn("provider");
    browser.open("/provider/register.xhtml?session=" + session);
    browser.waitFor(By.id("register"));
    if (browser.isPresent(By.id("not-started"))) {
      assertThat(browser.isPresent(By.id("save-register"))).as("no marks before the start").isFalse();
      Thread.sleep(Math.max(0, Duration.between(OffsetDateTime.now(), start).toMillis()) + 500);
      browser.open("/provider/register.xhtml?session=" + session);
      browser.waitFor(By.id("register"));
    }
    assertThat(browser.text(By.id("register"))).contains(Api.principal("staff").getString("displayName"))
        .contains(Api.principal("carehome.staff").getString("displayName")).contains("(partner place)");

    browser.clickAndWait(By.id("save-register"));
    browser.waitFor(By.id("register"));
    assertThat(browser.messages()).contains("Nothing has changed");

    new Select(browser.driver().findElement(By.id("mark-" + careBooking))).selectByValue("COMPLETED");
    new Select(browser.driver().findElement(By.id("mark-" + staffBooking))).selectByValue("DID_NOT_ATTEND");
    browser.screenshot("register");
    browser.clickAndWait(By.id("save-register"));
    browser.waitFor(By.id("done"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.id("done"))).isEqualTo("The register is saved: 2 marks recorded.");
    assertThat(browser.text(By.cssSelector("#register tr.register-" + careBooking))).contains("Completed").contains("Final");
    assertThat(browser.isPresent(By.id("mark-" + careBooking))).as("a completion is final").isFalse();
    assertThat(browser.text(By.cssSelector("#register tr.register-" + staffBooking))).contains("Did not attend");

    Api.Reply theirs = Api.get(CatalogueSetup.API + "/bookings/" + careBooking, Api.tokenFor("carehome.staff"));
    assertThat(theirs.object().getString("attendance")).isEqualTo("COMPLETED");

    // The care worker trained at the hospital: the completion reaches her passport by itself (the
    // catalogue's relay), and she sees it there, counted wherever she works.
    long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
    while (!Api.get("/passport/api/people/me/records", Api.tokenFor("carehome.staff")).json().toString().contains(COURSE)
        && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    browser.signIn("carehome.staff");
    browser.open("/passport.xhtml");
    browser.waitFor(By.id("history"));
    String entry = browser.driver().findElements(By.cssSelector("#history tbody tr")).stream().map(r -> r.getText())
        .filter(t -> t.contains(COURSE)).findFirst().orElse("");
    assertThat(entry).as("the completed course in the passport's history").contains("Academy course")
        .contains("Northgate");
  }

  @Test
  void providerPagesAreOnlyForTheTrainingTeamOfTheCourse() {
    browser.signIn("staff");
    for (String page : List.of("/provider/courses.xhtml", "/provider/sessions.xhtml?course=1", "/provider/register.xhtml?session=1",
        "/provider/session.xhtml?course=1")) {
      browser.open(page);
      assertThat(browser.text(By.cssSelector("main h1"))).as(page).isEqualTo("You do not have access to this page");
    }
    browser.signIn("provider");
    long careHomeCourse = CatalogueSetup.course("BWC", "Moving and Handling People");
    browser.open("/provider/sessions.xhtml?course=" + careHomeCourse);
    assertThat(browser.messages()).contains("run by another organisation");
    assertThat(browser.isPresent(By.id("schedule"))).isFalse();
    browser.open("/provider/session.xhtml?course=" + careHomeCourse);
    assertThat(browser.messages()).contains("run by another organisation");
    assertThat(browser.isPresent(By.id("session-form"))).isFalse();
  }

  @Test
  void theProviderPagesAreAccessible() {
    long course = CatalogueSetup.course("NGH", COURSE);
    long session = CatalogueSetup.scheduled(course, CatalogueSetup.plan(52, 6));
    CatalogueSetup.book(Api.tokenFor("carehome.staff"), session);
    browser.signIn("provider");
    browser.open("/provider/courses.xhtml");
    browser.waitFor(By.id("courses"));
    Axe.assertAccessible(browser, "our courses");
    browser.open("/provider/sessions.xhtml?course=" + course);
    browser.waitFor(By.id("sessions"));
    Axe.assertAccessible(browser, "a course's sessions for its provider");
    browser.open("/provider/session.xhtml?course=" + course);
    browser.waitFor(By.id("session-form"));
    Axe.assertAccessible(browser, "scheduling a session");
    browser.clickAndWait(By.id("save"));
    browser.waitFor(By.id("session-form"));
    assertThat(browser.messages()).isNotEmpty();
    Axe.assertAccessible(browser, "scheduling a session, refused");
    browser.open("/provider/session.xhtml?session=" + session);
    browser.waitFor(By.id("cancel-session-form"));
    Axe.assertAccessible(browser, "changing a session");
    browser.open("/provider/register.xhtml?session=" + session);
    browser.waitFor(By.id("register"));
    Axe.assertAccessible(browser, "a register before the session starts");

    var window = browser.driver().manage().window();
    var desktop = window.getSize();
    try {
      window.setSize(new org.openqa.selenium.Dimension(390, 844));
      for (String page : List.of("/provider/courses.xhtml", "/provider/sessions.xhtml?course=" + course,
          "/provider/session.xhtml?session=" + session, "/provider/register.xhtml?session=" + session)) {
        browser.open(page);
        browser.waitFor(By.id("page-heading"));
        Axe.assertAccessible(browser, page + " on a phone");
        assertThat(Axe.fitsTheWidth(browser)).as(page + " fits a phone's width").isTrue();
      }
    } finally {
      window.setSize(desktop);
    }
  }
}
