package city.academy.bench.load;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link LoadCheck} found: the violations (none: all good), and counts of what it compared.
 *
 * @param violations every disagreement between the ledger and the catalogue schema
 * @param ledgerLines lines of the ledger read
 * @param bookingsMade bookings the portal reported as made (new places, waitlist places and
 *     requests, and "already booked" on a retry)
 * @param alreadyBookedOnRetry of those, "already booked" answers to a retry: tolerated, the first
 *     attempt went through
 * @param alreadyBookedFirstTry "already booked" on a first attempt (a stale page); counted, not a violation
 * @param unknownOutcomes bookings and cancellations whose answer never came (either way is accepted,
 *     never twice)
 * @param readBacks lost answers looked up on the course page afterwards
 * @param cancellations cancellations the portal reported as done
 * @param pairsChecked (person, session) pairs the ledger says something about
 * @param pairsHeld of those, pairs that must hold exactly one live booking
 * @param bookingRows booking rows of the ledger's people read from the database
 * @param sessionsChecked sessions whose places were counted
 */
public record LoadCheckReport(
    List<Violation> violations,
    int ledgerLines,
    int bookingsMade,
    int alreadyBookedOnRetry,
    int alreadyBookedFirstTry,
    int unknownOutcomes,
    int readBacks,
    int cancellations,
    int pairsChecked,
    int pairsHeld,
    int bookingRows,
    int sessionsChecked) {

  /** What kind of disagreement. */
  public enum Kind {
    /** The portal confirmed a booking (or a waitlist place, or a request) that the database does not hold. */
    MISSING,
    /** A person holds two live bookings on one session. */
    DUPLICATE,
    /** More bookings were written for a person and session during the run than the person asked for. */
    EXTRA,
    /** The database holds the booking in another state than the person was told (confirmed, but waitlisted). */
    STATUS,
    /** The portal confirmed a cancellation that the database does not show. */
    NOT_CANCELLED,
    /** A person holds a live booking where their last word from the portal was that they hold none. */
    HELD_AFTER_CANCEL,
    /** A cancellation names a booking that is not in the database, or not the person's. */
    UNKNOWN_BOOKING,
    /** A session has more confirmed places than its capacity. */
    OVER_CAPACITY,
    /** A session's counters do not agree with its booking rows. */
    COUNTERS
  }

  /** One disagreement, in words a reader of the report can follow up. */
  public record Violation(Kind kind, String detail) {
    @Override
    public String toString() {
      return kind + ": " + detail;
    }
  }

  public boolean ok() {
    return violations.isEmpty();
  }

  public Map<Kind, Long> countsByKind() {
    Map<Kind, Long> counts = new TreeMap<>();
    violations.forEach(v -> counts.merge(v.kind(), 1L, Long::sum));
    return counts;
  }

  public void print(PrintStream out) {
    out.printf(Locale.ROOT, "Database check: %s%n", ok() ? "all good" : violations.size() + " violations " + countsByKind());
    out.printf(Locale.ROOT,
        "  ledger %d lines: bookings made %d (already booked on a retry %d; already booked on a first try %d), "
            + "cancellations %d, unknown outcomes %d, read back %d%n",
        ledgerLines, bookingsMade, alreadyBookedOnRetry, alreadyBookedFirstTry, cancellations, unknownOutcomes, readBacks);
    out.printf(Locale.ROOT, "  compared %d (person, session) pairs (%d must hold one live booking) with %d booking rows; "
        + "places counted on %d sessions%n", pairsChecked, pairsHeld, bookingRows, sessionsChecked);
    violations.stream().limit(50).forEach(v -> out.println("  VIOLATION " + v));
    if (violations.size() > 50) {
      out.println("  ... and " + (violations.size() - 50) + " more");
    }
  }
}
