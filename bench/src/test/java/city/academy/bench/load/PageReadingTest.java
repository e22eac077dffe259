package city.academy.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The portal's pages as drawn (ids and sentences of academy-web), read as the virtual users read them. */
class PageReadingTest {
  static final String HEADER = """
      <header><form id="signout" name="signout" method="post" action="/course.xhtml">
      <input type="hidden" name="signout" value="signout" />
      <input id="signout:signoutButton" type="submit" name="signout:signoutButton" value="Sign out" />
      <input type="hidden" name="jakarta.faces.ViewState" value="1:2" /></form></header>""";

  static Document course(String outcome, String messages, String rows) {
    return Jsoup.parse(HEADER + "<main><h1 id=\"page-heading\">Fire Safety Awareness</h1>"
        + "<div id=\"messages\" class=\"page-messages\" role=\"alert\">" + messages + "</div>"
        + (outcome == null ? "" : "<p class=\"panel notice booking-outcome\" id=\"outcome\" role=\"status\">" + outcome
            + " <a href=\"/bookings.xhtml\" id=\"outcome-bookings\">See my bookings</a></p>")
        + "<div id=\"sessions\"><table><tbody>" + rows + "</tbody></table></div></main>");
  }

  static String error(String text) {
    return "<p class=\"message message-error\">" + text + "</p>";
  }

  @Test
  void readsTheBookingOutcomeInTheCoursePagesWords() {
    assertEquals(Outcome.CONFIRMED, PageReading.bookingOutcome(course(
        "Your place is confirmed: Fire Safety Awareness, Mon 21 Dec 2026, 09:30 to 10:30.", "", "")));
    assertEquals(Outcome.WAITLISTED, PageReading.bookingOutcome(course("The session is full for you, so you are on the"
        + " waitlist at number 2: Fire Safety Awareness, Mon 21 Dec 2026. If a place frees, it is yours and we will tell you.", "", "")));
    assertEquals(Outcome.AWAITING_APPROVAL, PageReading.bookingOutcome(course("Your request is waiting for your line manager's"
        + " approval: Leading a Team Through Change, Mon 4 Jan 2027. No place is held until they approve it.", "", "")));
    assertNull(PageReading.bookingOutcome(course(null, error("You already have a booking for this session."), "")));
  }

  @Test
  void sortsTheServicesWordsIntoAnswersAndPassingTrouble() {
    assertTrue(PageReading.alreadyBooked("You already have a booking for this session."));
    assertTrue(PageReading.transientError("The catalogue is not available just now; please try again in a minute."));
    assertTrue(PageReading.transientError("Very many people are booking this session at once; please try again in a moment."));
    assertTrue(PageReading.transientError("The places on this session changed while you asked; please try again."));
    assertFalse(PageReading.transientError("Booking for this session closed on 21 Dec 2026, 09:30."));
    assertTrue(PageReading.alreadyCancelled("This booking is already cancelled."));
  }

  @Test
  void aBookingAnswerIsAnOutcomeOrARefusalButAPassingTroubleIsAFailure() {
    assertNull(VirtualUser.bookingAnswerProblem(course("Your place is confirmed: X, Mon.", "", "")));
    assertNull(VirtualUser.bookingAnswerProblem(course(null, error("You already have a booking for this session."), "")));
    assertNull(VirtualUser.bookingAnswerProblem(course(null, error("Booking for this session closed on 21 Dec 2026, 09:30."), "")));
    assertEquals("message: The catalogue is not available just now; please try again in a minute.",
        VirtualUser.bookingAnswerProblem(course(null, error("The catalogue is not available just now; please try again in a minute."), "")));
    assertEquals("unexpected page: no booking outcome", VirtualUser.bookingAnswerProblem(course(null, "", "")));
  }

  @Test
  void readsThePersonsBookingOnASessionFromItsRow() {
    Document page = course(null, "", """
        <tr class="session session-1"><td><span class="session-mine" id="mine-1">On the waitlist, number 3</span></td></tr>
        <tr class="session session-2"><td><span class="session-mine" id="mine-2">Confirmed</span></td></tr>
        <tr class="session session-3"><td><form id="sessions:2:book-form"></form></td></tr>""");
    assertEquals(Outcome.WAITLISTED, PageReading.heldOn(page, 1));
    assertEquals(Outcome.CONFIRMED, PageReading.heldOn(page, 2));
    assertEquals(Outcome.NOT_HELD, PageReading.heldOn(page, 3));
    assertNull(PageReading.heldOn(page, 4), "a session not on the page says nothing");
    assertEquals(Outcome.AWAITING_APPROVAL, PageReading.status("Waiting for your line manager's approval"));
  }

  @Test
  void tellsTheSignInFormTheSignedInHeaderAndTheExpiredPageApart() {
    Document login = Jsoup.parse("<form id=\"login\"><input id=\"username\" name=\"username\"/></form>");
    Document expired = Jsoup.parse(HEADER + "<main><h1 id=\"error-heading\">This page had expired</h1></main>");
    Document serverError = Jsoup.parse("<main><h1 id=\"error-heading\">Sorry, something went wrong</h1></main>");

    assertTrue(PageReading.signInForm(login));
    assertFalse(PageReading.signedIn(login));
    assertTrue(PageReading.signedIn(expired));
    assertTrue(PageReading.viewExpired(expired));
    assertFalse(PageReading.viewExpired(serverError));
    assertEquals("Sorry, something went wrong", PageReading.errorHeading(serverError));
    assertEquals("Fire Safety Awareness", PageReading.heading(course(null, "", "")));
  }
}
