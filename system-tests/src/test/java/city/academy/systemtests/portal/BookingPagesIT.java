package city.academy.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Booking across partners in a real browser: a care home worker finds a course the hospital trust
 * runs and books it; is waitlisted on a full session and promoted when a place frees; cancels with
 * a reason; a line manager approves a request; messages tell each step.
 */
class BookingPagesIT extends BrowserTest {
  private static final String COURSE = "Immediate Life Support";

  private static By bookButton(long session) {
    return By.cssSelector("input[data-session='" + session + "']");
  }

  private static By sessionRow(long session) {
    return By.cssSelector("#sessions tr.session-" + session);
  }

  private static String bookingRow(String courseTitle) {
    return browser.driver().findElements(By.cssSelector("#bookings tbody tr")).stream()
        .map(r -> r.getText())
        .filter(t -> t.contains(courseTitle))
        .findFirst().orElse("");
  }

  @Test
  void aCareHomeWorkerFindsTheHospitalsCourseAndBooksIt() {
    long course = CatalogueSetup.course("NGH", COURSE);
    long session = CatalogueSetup.scheduled(course, CatalogueSetup.plan(40, 6));

    browser.signIn("carehome.staff");
    browser.waitFor(By.linkText("Find training")).click();
    browser.waitFor(By.id("courses"));
    browser.clickAndWait(By.linkText(COURSE));
    browser.waitFor(By.id("sessions"));
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo(COURSE);
    assertThat(browser.text(By.id("course-provider"))).contains("Northgate");
    assertThat(browser.path()).contains("course.xhtml?id=" + course);
    String row = browser.text(sessionRow(session));
    assertThat(row).contains("10:00 to 12:00").contains("Education Centre, Room 4").contains("Jo Browne")
        .contains("6 of 6 places left: you can take one.").contains("Book by").contains("Cancel by");
    browser.screenshot("course");

    browser.clickAndWait(bookButton(session));
    browser.waitFor(By.id("outcome"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.id("outcome"))).startsWith("Your place is confirmed: " + COURSE);
    assertThat(browser.text(sessionRow(session))).contains("Confirmed").contains("5 of 6 places left");
    assertThat(browser.isPresent(bookButton(session))).as("one booking per person").isFalse();
    assertThat(CatalogueSetup.session(session).getInt("partnerConfirmed")).isEqualTo(1);

    browser.clickAndWait(By.id("outcome-bookings"));
    browser.waitFor(By.id("bookings"));
    assertThat(bookingRow(COURSE)).contains("Confirmed");
    browser.screenshot("my-bookings");

    browser.open("/messages.xhtml");
    browser.waitFor(By.id("message-list"));
    assertThat(browser.text(By.cssSelector("#message-list li:first-child"))).contains("Place confirmed: " + COURSE).contains("New");
  }

  @Test
  void aPersonOnTheWaitlistGetsTheFreedPlaceThenCancelsWithAReason() {
    long course = CatalogueSetup.course("NGH", COURSE);
    long session = CatalogueSetup.scheduled(course, CatalogueSetup.plan(41, 1));
    String other = CatalogueSetup.madeUpStaffOf("NGH");
    long othersBooking = CatalogueSetup.book(other, session).getJsonNumber("id").longValue();

    browser.signIn("carehome.staff");
    browser.open("/course.xhtml?id=" + course);
    browser.waitFor(By.id("sessions"));
    assertThat(browser.text(sessionRow(session))).contains("0 of 1 place left: you would join the waitlist");
    assertThat(browser.driver().findElement(bookButton(session)).getAttribute("value")).isEqualTo("Join the waitlist");
    browser.clickAndWait(bookButton(session));
    browser.waitFor(By.id("outcome"));
    assertThat(browser.text(By.id("outcome"))).contains("you are on the waitlist at number 1");
    assertThat(browser.text(sessionRow(session))).contains("On the waitlist, number 1");

    // The one confirmed person gives up their place: it goes to the first on the waitlist.
    CatalogueSetup.cancelBooking(other, othersBooking);
    browser.open("/bookings.xhtml");
    browser.waitFor(By.id("bookings"));
    assertThat(bookingRow(COURSE)).contains("Confirmed");
    browser.open("/index.xhtml");
    assertThat(browser.text(By.id("unread-messages"))).matches("You have \\d+ unread messages? about your training\\.");
    browser.clickAndWait(By.cssSelector("#unread-messages a"));
    browser.waitFor(By.id("message-list"));
    assertThat(browser.text(By.cssSelector("#message-list li:first-child"))).contains("A place came free: " + COURSE);
    browser.screenshot("messages");
    String first = browser.driver().findElement(By.cssSelector("#message-list li:first-child")).getAttribute("id");
    browser.clickAndWait(By.cssSelector("#" + first + " input[value='Mark as read']"));
    browser.waitFor(By.id("message-list"));
    assertThat(browser.driver().findElement(By.id(first)).getAttribute("class")).contains("message-read");
    browser.clickAndWait(By.id("mark-page-read"));
    browser.waitFor(By.id("unread-summary"));
    assertThat(browser.text(By.id("unread-summary"))).isEqualTo("You have no unread messages.");

    // Cancel, with a reason.
    browser.open("/bookings.xhtml");
    browser.waitFor(By.id("bookings"));
    long mine = CatalogueSetup.messagesOf(Api.tokenFor("carehome.staff")).get(0).getJsonNumber("bookingId").longValue();
    browser.clickAndWait(By.id("cancel-" + mine));
    browser.waitFor(By.id("cancel-panel"));
    assertThat(browser.text(By.id("cancel-what"))).contains(COURSE).contains("Confirmed");
    assertThat(browser.text(By.id("cancel-cutoff"))).contains("can be cancelled until");
    browser.driver().findElement(By.id("reason")).sendKeys("Shift change on the unit.");
    browser.screenshot("cancel-booking");
    browser.clickAndWait(By.id("confirm-cancel"));
    browser.waitFor(By.id("done"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.id("done"))).contains(COURSE).endsWith("is cancelled.");
    assertThat(CatalogueSetup.session(session).getInt("confirmed")).isZero();
    browser.open("/bookings.xhtml?show=all");
    browser.waitFor(By.id("bookings"));
    assertThat(browser.driver().findElements(By.cssSelector("#bookings tbody tr")).stream().map(r -> r.getText()).toList())
        .anyMatch(t -> t.contains(COURSE) && t.contains("Cancelled"));
  }

  @Test
  void theServicesRefusalIsShownInItsOwnWords() {
    long course = CatalogueSetup.course("NGH", COURSE);
    long session = CatalogueSetup.scheduled(course, CatalogueSetup.plan(42, 3));
    browser.signIn("carehome.staff");
    browser.open("/course.xhtml?id=" + course);
    browser.waitFor(bookButton(session));
    // Booked meanwhile (another tab): the button on this page is now one too many.
    CatalogueSetup.book(Api.tokenFor("carehome.staff"), session);
    browser.clickAndWait(bookButton(session));
    browser.waitFor(By.id("sessions"));
    assertThat(browser.messages()).isEqualTo("You already have a booking for this session.");
    assertThat(browser.isPresent(By.id("outcome"))).isFalse();

    browser.open("/course.xhtml?id=99999999");
    assertThat(browser.messages()).contains("no course number 99999999");
    browser.open("/course.xhtml?id=nonsense");
    assertThat(browser.messages()).contains("Choose a course");
  }

  @Test
  void theLineManagerApprovesARequestThatNeedsApproval() {
    long course = CatalogueSetup.course("NGH", COURSE);
    long session = CatalogueSetup.scheduled(course, CatalogueSetup.plan(43, 4).add("approvalNeeded", true));
    JsonObject staff = Api.principal("staff");

    browser.signIn("staff");
    browser.open("/course.xhtml?id=" + course);
    browser.waitFor(By.id("sessions"));
    assertThat(browser.text(sessionRow(session))).contains("Needs your line manager's approval");
    assertThat(browser.driver().findElement(bookButton(session)).getAttribute("value")).isEqualTo("Ask for a place");
    browser.clickAndWait(bookButton(session));
    browser.waitFor(By.id("outcome"));
    assertThat(browser.text(By.id("outcome"))).contains("waiting for your line manager's approval");

    browser.signIn("manager");
    browser.waitFor(By.linkText("Approvals")).click();
    browser.waitFor(By.id("approvals"));
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Approvals");
    long request = CatalogueSetup.messagesOf(Api.tokenFor("manager")).stream()
        .filter(m -> m.getString("kind").equals("APPROVAL_NEEDED") && m.getJsonNumber("sessionId").longValue() == session)
        .findFirst().orElseThrow().getJsonNumber("bookingId").longValue();
    By row = By.cssSelector("#approvals tr.approval-" + request);
    assertThat(browser.text(row)).contains(staff.getString("displayName")).contains(COURSE);
    browser.driver().findElement(By.cssSelector("#approvals tr.approval-" + request + " textarea")).sendKeys("Yes, good for the ward.");
    browser.screenshot("approvals");
    browser.clickAndWait(By.cssSelector("#approvals tr.approval-" + request + " input[value='Approve']"));
    browser.waitFor(By.id("done"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.id("done"))).contains(staff.getString("displayName") + "'s request for " + COURSE)
        .contains("is approved: the place is confirmed");
    assertThat(browser.isPresent(row)).isFalse();

    List<JsonObject> told = CatalogueSetup.messagesOf(Api.tokenFor("staff"));
    assertThat(told.get(0).getString("text")).contains("approved").contains("confirmed");
  }

  @Test
  void approvalsAreOnlyForLineManagers() {
    browser.signIn("carehome.staff");
    browser.open("/approvals.xhtml");
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("You do not have access to this page");
    assertThat(browser.isPresent(By.linkText("Approvals"))).isFalse();
  }

  @Test
  void theBookingPagesAreAccessibleOnADeskAndOnAPhone() {
    long course = CatalogueSetup.course("NGH", COURSE);
    long session = CatalogueSetup.scheduled(course, CatalogueSetup.plan(44, 2).add("approvalNeeded", true));
    CatalogueSetup.book(Api.tokenFor("staff"), session);

    browser.signIn("staff");
    browser.open("/course.xhtml?id=" + course);
    browser.waitFor(By.id("sessions"));
    Axe.assertAccessible(browser, "a course and its sessions");
    browser.open("/course.xhtml?id=99999999");
    Axe.assertAccessible(browser, "a course that is not there");
    browser.open("/bookings.xhtml");
    browser.waitFor(By.id("bookings"));
    Axe.assertAccessible(browser, "my bookings");
    browser.open("/messages.xhtml");
    browser.waitFor(By.id("unread-summary"));
    Axe.assertAccessible(browser, "my messages");
    browser.open("/approvals.xhtml");
    Axe.assertAccessible(browser, "approvals refused to a staff member");

    browser.signIn("manager");
    browser.open("/approvals.xhtml");
    browser.waitFor(By.id("approvals"));
    Axe.assertAccessible(browser, "approvals");

    var window = browser.driver().manage().window();
    var desktop = window.getSize();
    try {
      window.setSize(new org.openqa.selenium.Dimension(390, 844));
      browser.open("/approvals.xhtml");
      browser.waitFor(By.id("approvals"));
      Axe.assertAccessible(browser, "approvals on a phone");
      assertThat(Axe.fitsTheWidth(browser)).as("approvals fit a phone's width").isTrue();
      browser.signIn("staff");
      browser.open("/course.xhtml?id=" + course);
      browser.waitFor(By.id("sessions"));
      Axe.assertAccessible(browser, "a course on a phone");
      assertThat(Axe.fitsTheWidth(browser)).as("course fits a phone's width").isTrue();
      browser.screenshot("phone-course");
      browser.open("/bookings.xhtml");
      browser.waitFor(By.id("bookings"));
      long mine = CatalogueSetup.messagesOf(Api.tokenFor("staff")).stream()
          .filter(m -> m.getJsonNumber("sessionId").longValue() == session).findFirst().orElseThrow()
          .getJsonNumber("bookingId").longValue();
      browser.open("/bookings.xhtml?cancel=" + mine);
      browser.waitFor(By.id("cancel-panel"));
      Axe.assertAccessible(browser, "cancelling a booking on a phone");
      assertThat(Axe.fitsTheWidth(browser)).as("bookings fit a phone's width").isTrue();
      browser.open("/messages.xhtml");
      browser.waitFor(By.id("unread-summary"));
      Axe.assertAccessible(browser, "messages on a phone");
      assertThat(Axe.fitsTheWidth(browser)).as("messages fit a phone's width").isTrue();
    } finally {
      window.setSize(desktop);
    }
  }
}
