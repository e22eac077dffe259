package city.academy.bench.load;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a portal page says, read the way a person reads it: which page it is, whether its reader
 * is signed in, the messages at its top, and the outcome of a booking. The ids and classes are
 * the portal's own ({@code academy-web/src/main/webapp}); the sentences are those of its beans
 * ({@code BookingWords}, {@code CourseBacking}, {@code BookingsBacking}, {@code ServiceCalls}).
 */
final class PageReading {
  private PageReading() {}

  /** The sign-in form (login.xhtml): a signed-in person seeing it has lost their sign-in. */
  static boolean signInForm(Document page) {
    return page.selectFirst("form#login input[name=username]") != null;
  }

  /** The sign-out button in the header is drawn only for a signed-in person. */
  static boolean signedIn(Document page) {
    return page.selectFirst("form#signout") != null;
  }

  /** The heading of an error page (error/*.xhtml), or null for any other page. */
  static String errorHeading(Document page) {
    Element heading = page.selectFirst("h1#error-heading");
    return heading == null ? null : heading.text();
  }

  /** JSF's "view expired" page (error/expired.xhtml): the server no longer knows the form posted. */
  static boolean viewExpired(Document page) {
    String heading = errorHeading(page);
    return heading != null && heading.toLowerCase(Locale.ROOT).contains("expired");
  }

  /** The page's own heading ({@code h1#page-heading}); null when it has none. */
  static String heading(Document page) {
    Element heading = page.selectFirst("h1#page-heading");
    return heading == null ? null : heading.text();
  }

  /** The error messages at the top of the page (a:messages), as shown. */
  static List<String> errors(Document page) {
    return page.select(".page-messages p.message-error").eachText();
  }

  /**
   * Whether a message says the service behind the page could not answer just now (the portal's
   * words for an unreachable or overloaded service, or a conflict it asks to try again): a failed
   * request the person retries, not an answer.
   */
  static boolean transientError(String message) {
    String text = message.toLowerCase(Locale.ROOT);
    return text.contains("not available just now") || text.contains("try again") || text.contains("went wrong")
        || text.contains("could not be reached");
  }

  /** "You already have a booking for this session." */
  static boolean alreadyBooked(String message) {
    return message.toLowerCase(Locale.ROOT).contains("already have a booking");
  }

  /** "This booking is already cancelled." */
  static boolean alreadyCancelled(String message) {
    return message.toLowerCase(Locale.ROOT).contains("already cancelled");
  }

  /** The outcome of a booking as the course page words it ({@code p#outcome}); null when it shows none. */
  static Outcome bookingOutcome(Document page) {
    Element outcome = page.selectFirst("#outcome");
    if (outcome == null) {
      return null;
    }
    String text = outcome.text();
    if (text.startsWith("Your place is confirmed")) {
      return Outcome.CONFIRMED;
    }
    if (text.startsWith("The session is full for you, so you are on the waitlist")) {
      return Outcome.WAITLISTED;
    }
    if (text.startsWith("Your request is waiting for your line manager's approval")) {
      return Outcome.AWAITING_APPROVAL;
    }
    return null;
  }

  /**
   * This person's booking on a session, as the course page lists it ({@code #mine-<id>}):
   * {@link Outcome#NOT_HELD} when the session's row shows none, null when the session is not on
   * the page at all.
   */
  static Outcome heldOn(Document page, long sessionId) {
    if (page.selectFirst("tr.session-" + sessionId) == null) {
      return null;
    }
    Element mine = page.getElementById("mine-" + sessionId);
    return mine == null ? Outcome.NOT_HELD : status(mine.text());
  }

  /** A booking's status in the words of {@code BookingWords.status}. */
  static Outcome status(String text) {
    if (text.startsWith("Confirmed")) {
      return Outcome.CONFIRMED;
    }
    if (text.startsWith("On the waitlist")) {
      return Outcome.WAITLISTED;
    }
    if (text.startsWith("Waiting for your line manager")) {
      return Outcome.AWAITING_APPROVAL;
    }
    // refused or cancelled: the course page lists active bookings only, so this is none held
    return Outcome.NOT_HELD;
  }
}
