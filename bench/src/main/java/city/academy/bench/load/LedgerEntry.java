package city.academy.bench.load;

import java.time.Instant;

/**
 * One line of the booking ledger: what a virtual user did to a booking and what the portal told
 * it. Kept in the order the virtual users wrote them; one user's lines are in the order it acted.
 *
 * @param sequence the line's number in the ledger (its order across users)
 * @param at when the answer came
 * @param user the virtual user's sign-in
 * @param personId the person's passport identity, as the booking table has it
 * @param action booking, cancelling, or reading back a booking whose answer was lost
 * @param sessionId the session (from the form posted); 0 for a cancellation, whose page does not
 *     show it (the check finds it from the booking)
 * @param bookingId the booking cancelled; null for a booking (the course page does not show it)
 * @param outcome what the portal said, or what was read back
 * @param retried whether the answer is that of a retry (the first attempt failed) or of a second
 *     post after an expired page
 * @param words the message the page showed, for the report
 */
public record LedgerEntry(
    long sequence,
    Instant at,
    String user,
    String personId,
    Action action,
    long sessionId,
    Long bookingId,
    Outcome outcome,
    boolean retried,
    String words) {

  /** What the virtual user did. */
  public enum Action {
    /** Pressed Book (or Join the waitlist, or Ask for a place) on a course page. */
    BOOK,
    /** Confirmed the cancellation of one of their bookings. */
    CANCEL,
    /** Opened the course page again to see whether a booking whose answer was lost was made. */
    READ_BACK
  }

  /** A booking the portal reported as made: a new place, waitlist place or request, or "already booked" on a retry. */
  public boolean bookingMade() {
    return action == Action.BOOK
        && (outcome == Outcome.CONFIRMED || outcome == Outcome.WAITLISTED || outcome == Outcome.AWAITING_APPROVAL
            || (outcome == Outcome.ALREADY_BOOKED && retried));
  }

  /** A cancellation the portal reported as done (or, on a retry, as done already). */
  public boolean cancellationMade() {
    return action == Action.CANCEL && (outcome == Outcome.CANCELLED || outcome == Outcome.ALREADY_CANCELLED);
  }
}
