package city.academy.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import city.academy.bench.load.LoadCheck.BookingRow;
import city.academy.bench.load.LoadCheck.LiveDuplicate;
import city.academy.bench.load.LoadCheck.SessionRow;
import city.academy.bench.load.LoadCheckReport.Kind;
import city.academy.bench.load.LedgerEntry.Action;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The check must fail when the database and the ledger disagree, and tolerate what a lost answer allows. */
class LoadCheckTest {
  static final Instant START = Instant.parse("2026-12-03T10:00:00Z");
  static final Instant DURING = START.plusSeconds(30);
  static final Instant BEFORE = START.minusSeconds(3600);

  private final List<LedgerEntry> ledger = new ArrayList<>();
  private final List<BookingRow> rows = new ArrayList<>();
  private final List<SessionRow> sessions = new ArrayList<>(List.of(session(1, 10, 0, 0), session(2, 10, 0, 0)));

  private void line(String person, Action action, long session, Long booking, Outcome outcome, boolean retried) {
    ledger.add(new LedgerEntry(ledger.size() + 1, DURING, "user-" + person, person, action, session, booking, outcome, retried,
        outcome.name()));
  }

  private void row(long id, long session, String person, String status, Instant requested) {
    rows.add(new BookingRow(id, session, person, status, requested));
  }

  private static SessionRow session(long id, int capacity, int confirmed, int waitlisted) {
    return new SessionRow(id, capacity, confirmed, 0, waitlisted, confirmed, 0, waitlisted);
  }

  private LoadCheckReport compare() {
    return LoadCheck.compare(ledger, rows, sessions, List.of(), START);
  }

  private static List<Kind> kinds(LoadCheckReport report) {
    return report.violations().stream().map(LoadCheckReport.Violation::kind).toList();
  }

  @Test
  void aLedgerTheDatabaseAgreesWithIsAllGood() {
    line("P1", Action.BOOK, 1, null, Outcome.CONFIRMED, false);
    line("P2", Action.BOOK, 1, null, Outcome.WAITLISTED, false);
    line("P3", Action.BOOK, 2, null, Outcome.CONFIRMED, false);
    line("P3", Action.CANCEL, 0, 30L, Outcome.CANCELLED, false);
    line("P4", Action.BOOK, 2, null, Outcome.REFUSED, false);
    row(10, 1, "P1", "CONFIRMED", DURING);
    row(20, 1, "P2", "CONFIRMED", DURING); // promoted from the waitlist since
    row(30, 2, "P3", "CANCELLED", DURING);

    LoadCheckReport report = compare();

    assertTrue(report.ok(), report.violations().toString());
    assertEquals(3, report.bookingsMade());
    assertEquals(1, report.cancellations());
    assertEquals(2, report.pairsHeld());
  }

  @Test
  void aConfirmedBookingMissingFromTheDatabaseIsAViolation() {
    line("P1", Action.BOOK, 1, null, Outcome.CONFIRMED, false);
    line("P2", Action.BOOK, 1, null, Outcome.CONFIRMED, false);
    row(10, 1, "P1", "CONFIRMED", DURING);

    LoadCheckReport report = compare();

    assertEquals(List.of(Kind.MISSING, Kind.MISSING), kinds(report)); // no live booking, and none written
    assertTrue(report.violations().get(0).detail().startsWith("P2 on session 1"));
  }

  @Test
  void twoLiveBookingsForOnePersonAndSessionAreAViolation() {
    line("P1", Action.BOOK, 1, null, Outcome.CONFIRMED, false);
    row(10, 1, "P1", "CONFIRMED", DURING);
    row(11, 1, "P1", "WAITLISTED", DURING);

    assertEquals(List.of(Kind.DUPLICATE, Kind.EXTRA), kinds(compare()));
  }

  @Test
  void alreadyBookedOnTheRetryOfALostAnswerIsTheBookingMade() {
    line("P1", Action.BOOK, 1, null, Outcome.ALREADY_BOOKED, true);
    row(10, 1, "P1", "CONFIRMED", DURING);

    LoadCheckReport report = compare();

    assertTrue(report.ok(), report.violations().toString());
    assertEquals(1, report.alreadyBookedOnRetry());
    assertEquals(1, report.bookingsMade());
  }

  @Test
  void aRetryMustNotWriteASecondBooking() {
    // the first post went through; its retry booked again after a cancellation in between would be
    // two rows for one booking the person asked for
    line("P1", Action.BOOK, 1, null, Outcome.CONFIRMED, true);
    row(10, 1, "P1", "CANCELLED", DURING);
    row(11, 1, "P1", "CONFIRMED", DURING);

    assertEquals(List.of(Kind.EXTRA), kinds(compare()));
  }

  @Test
  void anUnknownOutcomeMayGoEitherWayButNeverTwice() {
    line("P1", Action.BOOK, 1, null, Outcome.UNKNOWN, true);
    line("P2", Action.BOOK, 1, null, Outcome.UNKNOWN, true);
    row(10, 1, "P1", "CONFIRMED", DURING);
    assertTrue(compare().ok());

    row(11, 1, "P2", "CONFIRMED", DURING);
    row(12, 1, "P2", "WAITLISTED", DURING);
    assertTrue(kinds(compare()).contains(Kind.DUPLICATE));
  }

  @Test
  void whatIsReadBackDecides() {
    line("P1", Action.BOOK, 1, null, Outcome.UNKNOWN, true);
    line("P1", Action.READ_BACK, 1, null, Outcome.CONFIRMED, true);
    assertEquals(List.of(Kind.MISSING), kinds(compare()));

    row(10, 1, "P1", "CONFIRMED", DURING);
    assertTrue(compare().ok());

    // not held when looked at: the lost request may yet commit, so either way, but never twice
    line("P2", Action.BOOK, 2, null, Outcome.UNKNOWN, true);
    line("P2", Action.READ_BACK, 2, null, Outcome.NOT_HELD, true);
    row(20, 2, "P2", "CONFIRMED", DURING);
    assertTrue(compare().ok());
  }

  @Test
  void aConfirmedCancellationMustBeCancelledAndLeaveNoLiveBooking() {
    line("P1", Action.CANCEL, 0, 10L, Outcome.CANCELLED, false);
    line("P2", Action.CANCEL, 0, 20L, Outcome.ALREADY_CANCELLED, true);
    line("P3", Action.CANCEL, 0, 99L, Outcome.CANCELLED, false);
    row(10, 1, "P1", "CONFIRMED", BEFORE);
    row(20, 1, "P2", "CANCELLED", BEFORE);

    assertEquals(List.of(Kind.NOT_CANCELLED, Kind.UNKNOWN_BOOKING, Kind.HELD_AFTER_CANCEL), kinds(compare()));
  }

  @Test
  void aConfirmedPlaceMustNotHaveBecomeAWaitlistPlace() {
    line("P1", Action.BOOK, 1, null, Outcome.CONFIRMED, false);
    row(10, 1, "P1", "WAITLISTED", DURING);

    assertEquals(List.of(Kind.STATUS), kinds(compare()));
  }

  @Test
  void placesBeyondCapacityAndCountersThatDisagreeAreViolations() {
    sessions.clear();
    sessions.add(new SessionRow(1, 2, 3, 0, 0, 3, 0, 0));
    sessions.add(new SessionRow(2, 5, 1, 0, 0, 2, 0, 0));

    assertEquals(List.of(Kind.OVER_CAPACITY, Kind.COUNTERS), kinds(compare()));
  }

  @Test
  void someoneElsesDuplicateIsReportedToo() {
    LoadCheckReport report = LoadCheck.compare(ledger, rows, sessions, List.of(new LiveDuplicate("X", 1, 2)), START);
    assertEquals(List.of(Kind.DUPLICATE), kinds(report));
  }

  @Test
  void readsTheCatalogueTablesOverJdbc() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:h2:mem:loadcheck;DB_CLOSE_DELAY=-1")) {
      try (Statement ddl = db.createStatement()) {
        // the columns of V2__sessions_and_bookings.sql that the check reads
        ddl.execute("CREATE TABLE course_session (id BIGINT PRIMARY KEY, capacity INTEGER NOT NULL, owner_confirmed INTEGER NOT NULL,"
            + " partner_confirmed INTEGER NOT NULL, waitlisted INTEGER NOT NULL)");
        ddl.execute("CREATE TABLE booking (id BIGINT PRIMARY KEY, session_id BIGINT NOT NULL, person_id VARCHAR(16) NOT NULL,"
            + " partner BOOLEAN NOT NULL, status VARCHAR(24) NOT NULL, requested_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        ddl.execute("INSERT INTO course_session VALUES (1, 2, 1, 1, 0)");
        ddl.execute("INSERT INTO booking VALUES (10, 1, 'P1', FALSE, 'CONFIRMED', TIMESTAMP WITH TIME ZONE '2026-12-03 10:00:30+00')");
        ddl.execute("INSERT INTO booking VALUES (11, 1, 'P2', TRUE, 'CONFIRMED', TIMESTAMP WITH TIME ZONE '2026-12-03 10:00:31+00')");
        ddl.execute("INSERT INTO booking VALUES (12, 1, 'P3', FALSE, 'CANCELLED', TIMESTAMP WITH TIME ZONE '2026-12-03 09:00:00+00')");
      }
      line("P1", Action.BOOK, 1, null, Outcome.CONFIRMED, false);
      line("P2", Action.BOOK, 1, null, Outcome.ALREADY_BOOKED, true);
      line("P3", Action.CANCEL, 0, 12L, Outcome.CANCELLED, false);
      LoadCheckReport good = LoadCheck.check(db, ledger, START);
      assertTrue(good.ok(), good.violations().toString());
      assertEquals(3, good.bookingRows());

      try (Statement delete = db.createStatement()) {
        delete.execute("DELETE FROM booking WHERE id = 10");
      }
      assertTrue(kinds(LoadCheck.check(db, ledger, START)).contains(Kind.MISSING));
    }
  }
}
