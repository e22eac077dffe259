package city.academy.bench.load;

import city.academy.bench.load.LoadCheckReport.Kind;
import city.academy.bench.load.LoadCheckReport.Violation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * After the load: what the catalogue schema must show, given what the portal told the people
 * (their ledger). Every booking reported as made is there, live, exactly once for its person and
 * session; none twice; no session has more confirmed places than its capacity, and its counters
 * agree with its rows; every cancellation reported as done is cancelled. A booking whose answer
 * was lost may or may not be there ("already booked" on the retry says it is), but never twice.
 *
 * <p>Reads the tables of {@code V2__sessions_and_bookings.sql} ({@code booking}, {@code
 * course_session}) in the connection's current schema. Run it when the load has stopped and the
 * services are quiet; it changes nothing.
 */
public final class LoadCheck {
  /** Live statuses: those that hold a place or wait for one ({@code BookingWords.active}). */
  static final Set<String> LIVE = Set.of("CONFIRMED", "WAITLISTED", "AWAITING_APPROVAL");
  /** Clocks of the load and of the services may differ a little (same machine here; not always). */
  static final Duration CLOCK_SLACK = Duration.ofSeconds(2);

  private LoadCheck() {}

  /** A booking row as the check needs it. */
  record BookingRow(long id, long sessionId, String personId, String status, Instant requestedAt) {
    boolean live() {
      return LIVE.contains(status);
    }
  }

  /**
   * A session's capacity and counters, and what its booking rows add up to.
   *
   * @param confirmedRows rows with status CONFIRMED
   * @param partnerConfirmedRows of those, partners' ({@code partner = TRUE})
   * @param waitlistedRows rows with status WAITLISTED
   */
  record SessionRow(long id, int capacity, int ownerConfirmed, int partnerConfirmed, int waitlisted, int confirmedRows,
      int partnerConfirmedRows, int waitlistedRows) {}

  /** A person's live bookings on one session, when there is more than one. */
  record LiveDuplicate(String personId, long sessionId, int count) {}

  /** What the ledger says a (person, session) pair must show at the end. */
  private enum Expect { HOLDS, NONE, MAYBE }

  private static final class PairState {
    Expect expect;
    Outcome told;
    String lastWords;
    int newMade;
    int mayHaveMade;
  }

  private record Pair(String personId, long sessionId) {}

  /** Compares the ledger of the load with the catalogue schema. */
  public static LoadCheckReport check(Connection catalogueDb, LoadResult result) throws SQLException {
    return check(catalogueDb, result.ledger(), result.startedAt());
  }

  static LoadCheckReport check(Connection db, List<LedgerEntry> ledger, Instant startedAt) throws SQLException {
    Set<String> people = new TreeSet<>();
    Set<Long> cancelled = new TreeSet<>();
    for (LedgerEntry entry : ledger) {
      if (entry.personId() != null) {
        people.add(entry.personId());
      }
      if (entry.bookingId() != null) {
        cancelled.add(entry.bookingId());
      }
    }
    List<BookingRow> rows = bookings(db, people, cancelled);
    return compare(ledger, rows, sessions(db), liveDuplicates(db), startedAt);
  }

  /**
   * The comparison itself, on rows already read: the whole of the check's judgement, so that a
   * test can show it fails when it should.
   *
   * @param rows the booking rows of the ledger's people, and those of the bookings it cancelled
   * @param sessions every session, with its counts
   * @param liveDuplicates (person, session) pairs with more than one live booking, anyone's
   * @param startedAt when the load started: rows requested since then were written by it
   */
  static LoadCheckReport compare(List<LedgerEntry> ledger, List<BookingRow> rows, List<SessionRow> sessions,
      List<LiveDuplicate> liveDuplicates, Instant startedAt) {
    List<Violation> violations = new ArrayList<>();
    Map<Long, BookingRow> byId = new HashMap<>();
    Map<Pair, List<BookingRow>> byPair = new HashMap<>();
    for (BookingRow row : rows) {
      byId.put(row.id(), row);
      byPair.computeIfAbsent(new Pair(row.personId(), row.sessionId()), p -> new ArrayList<>()).add(row);
    }
    int made = 0;
    int alreadyOnRetry = 0;
    int alreadyFirstTry = 0;
    int unknown = 0;
    int readBacks = 0;
    int cancellations = 0;
    Map<Pair, PairState> pairs = new LinkedHashMap<>();
    List<LedgerEntry> ordered = new ArrayList<>(ledger);
    ordered.sort(Comparator.comparingLong(LedgerEntry::sequence));
    for (LedgerEntry entry : ordered) {
      if (entry.personId() == null) {
        continue; // a user that never learned who it is cannot have booked
      }
      switch (entry.action()) {
        case BOOK -> {
          PairState state = pairs.computeIfAbsent(new Pair(entry.personId(), entry.sessionId()), p -> new PairState());
          switch (entry.outcome()) {
            case CONFIRMED, WAITLISTED, AWAITING_APPROVAL -> {
              state.expect = Expect.HOLDS;
              state.told = entry.outcome();
              state.newMade++;
              made++;
            }
            case ALREADY_BOOKED -> {
              state.expect = Expect.HOLDS;
              state.told = Outcome.ALREADY_BOOKED;
              if (entry.retried()) {
                state.mayHaveMade++;
                alreadyOnRetry++;
                made++;
              } else {
                alreadyFirstTry++;
              }
            }
            case UNKNOWN -> {
              state.expect = Expect.MAYBE;
              state.mayHaveMade++;
              unknown++;
            }
            default -> {
              // refused: nothing changed
            }
          }
          state.lastWords = entry.words();
        }
        case READ_BACK -> {
          readBacks++;
          PairState state = pairs.computeIfAbsent(new Pair(entry.personId(), entry.sessionId()), p -> new PairState());
          // Held is firm. Not held is not: the lost request may still be running on a slow server
          // and commit after the look, so the pair stays "either way".
          state.expect = entry.outcome().holds() ? Expect.HOLDS : Expect.MAYBE;
          state.told = entry.outcome();
          state.lastWords = entry.words();
        }
        case CANCEL -> {
          BookingRow row = byId.get(entry.bookingId());
          if (row == null || !row.personId().equals(entry.personId())) {
            violations.add(new Violation(Kind.UNKNOWN_BOOKING, entry.user() + " cancelled booking " + entry.bookingId()
                + (row == null ? ", which the database does not have" : ", which is " + row.personId() + "'s")));
            continue;
          }
          PairState state = pairs.computeIfAbsent(new Pair(entry.personId(), row.sessionId()), p -> new PairState());
          if (entry.cancellationMade()) {
            cancellations++;
            if (!"CANCELLED".equals(row.status())) {
              violations.add(new Violation(Kind.NOT_CANCELLED, entry.user() + " was told booking " + row.id()
                  + " is cancelled; the database has it " + row.status()));
            }
            state.expect = Expect.NONE;
            state.told = entry.outcome();
          } else if (entry.outcome() == Outcome.UNKNOWN) {
            unknown++;
            state.expect = Expect.MAYBE;
          }
          state.lastWords = entry.words();
        }
      }
    }
    int held = 0;
    Instant since = startedAt.minus(CLOCK_SLACK);
    for (Map.Entry<Pair, PairState> e : pairs.entrySet()) {
      Pair pair = e.getKey();
      PairState state = e.getValue();
      List<BookingRow> all = byPair.getOrDefault(pair, List.of());
      List<BookingRow> live = all.stream().filter(BookingRow::live).toList();
      String who = pair.personId() + " on session " + pair.sessionId();
      if (state.expect == Expect.HOLDS) {
        held++;
        if (live.isEmpty()) {
          violations.add(new Violation(Kind.MISSING, who + ": told " + state.told + " (\"" + state.lastWords
              + "\"); the database holds no live booking"));
        } else if (live.size() == 1 && !compatible(state.told, live.get(0).status())) {
          violations.add(new Violation(Kind.STATUS, who + ": told " + state.told + "; booking " + live.get(0).id()
              + " is " + live.get(0).status()));
        }
      } else if (state.expect == Expect.NONE && !live.isEmpty()) {
        violations.add(new Violation(Kind.HELD_AFTER_CANCEL, who + ": last told " + state.told + "; booking "
            + live.get(0).id() + " is " + live.get(0).status()));
      }
      if (live.size() > 1) {
        violations.add(new Violation(Kind.DUPLICATE, who + ": " + live.size() + " live bookings "
            + live.stream().map(r -> r.id() + " " + r.status()).toList()));
      }
      long written = all.stream().filter(r -> r.requestedAt() != null && !r.requestedAt().isBefore(since)).count();
      if (written < state.newMade) {
        violations.add(new Violation(Kind.MISSING, who + ": told of " + state.newMade + " new bookings during the run; "
            + written + " were written"));
      } else if (written > state.newMade + state.mayHaveMade) {
        violations.add(new Violation(Kind.EXTRA, who + ": " + written + " bookings written during the run; asked for "
            + state.newMade + " (and " + state.mayHaveMade + " whose answer was lost or was \"already booked\")"));
      }
    }
    for (LiveDuplicate d : liveDuplicates) {
      if (!pairs.containsKey(new Pair(d.personId(), d.sessionId()))) { // those are reported above
        violations.add(new Violation(Kind.DUPLICATE, d.personId() + " on session " + d.sessionId() + ": " + d.count()
            + " live bookings (not a person of the load)"));
      }
    }
    for (SessionRow s : sessions) {
      if (s.confirmedRows() > s.capacity()) {
        violations.add(new Violation(Kind.OVER_CAPACITY, "session " + s.id() + ": " + s.confirmedRows()
            + " confirmed places, capacity " + s.capacity()));
      }
      if (s.ownerConfirmed() + s.partnerConfirmed() != s.confirmedRows() || s.partnerConfirmed() != s.partnerConfirmedRows()
          || s.waitlisted() != s.waitlistedRows()) {
        violations.add(new Violation(Kind.COUNTERS, "session " + s.id() + ": counters owner " + s.ownerConfirmed()
            + ", partner " + s.partnerConfirmed() + ", waitlisted " + s.waitlisted() + "; rows confirmed "
            + s.confirmedRows() + " (partners " + s.partnerConfirmedRows() + "), waitlisted " + s.waitlistedRows()));
      }
    }
    return new LoadCheckReport(List.copyOf(violations), ledger.size(), made, alreadyOnRetry, alreadyFirstTry, unknown,
        readBacks, cancellations, pairs.size(), held, rows.size(), sessions.size());
  }

  /**
   * Whether a live booking's status fits what the person was told: a confirmed place stays
   * confirmed; a waitlist place may have become a confirmed one (someone cancelled); a request
   * waiting for approval may have been decided.
   */
  static boolean compatible(Outcome told, String status) {
    return switch (told) {
      case CONFIRMED -> status.equals("CONFIRMED");
      case WAITLISTED -> status.equals("WAITLISTED") || status.equals("CONFIRMED");
      default -> LIVE.contains(status);
    };
  }

  // --- reading the catalogue schema

  private static List<BookingRow> bookings(Connection db, Set<String> people, Set<Long> ids) throws SQLException {
    Map<Long, BookingRow> found = new LinkedHashMap<>();
    List<String> personList = new ArrayList<>(people);
    for (int from = 0; from < personList.size(); from += 200) {
      List<String> chunk = personList.subList(from, Math.min(personList.size(), from + 200));
      read(db, "person_id IN (" + marks(chunk.size()) + ")", chunk, found);
    }
    List<Long> idList = new ArrayList<>(ids);
    for (int from = 0; from < idList.size(); from += 200) {
      List<Long> chunk = idList.subList(from, Math.min(idList.size(), from + 200));
      read(db, "id IN (" + marks(chunk.size()) + ")", chunk, found);
    }
    return new ArrayList<>(found.values());
  }

  private static void read(Connection db, String where, List<?> values, Map<Long, BookingRow> into) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(
        "SELECT id, session_id, person_id, status, requested_at FROM booking WHERE " + where)) {
      for (int i = 0; i < values.size(); i++) {
        query.setObject(i + 1, values.get(i));
      }
      try (ResultSet r = query.executeQuery()) {
        while (r.next()) {
          Timestamp requested = r.getTimestamp(5);
          into.putIfAbsent(r.getLong(1), new BookingRow(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4),
              requested == null ? null : requested.toInstant()));
        }
      }
    }
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  private static List<SessionRow> sessions(Connection db) throws SQLException {
    String sql = "SELECT s.id, s.capacity, s.owner_confirmed, s.partner_confirmed, s.waitlisted,"
        + " (SELECT COUNT(*) FROM booking b WHERE b.session_id = s.id AND b.status = 'CONFIRMED'),"
        + " (SELECT COUNT(*) FROM booking b WHERE b.session_id = s.id AND b.status = 'CONFIRMED' AND b.partner = TRUE),"
        + " (SELECT COUNT(*) FROM booking b WHERE b.session_id = s.id AND b.status = 'WAITLISTED')"
        + " FROM course_session s ORDER BY s.id";
    List<SessionRow> sessions = new ArrayList<>();
    try (Statement statement = db.createStatement(); ResultSet r = statement.executeQuery(sql)) {
      while (r.next()) {
        sessions.add(new SessionRow(r.getLong(1), r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5), r.getInt(6), r.getInt(7),
            r.getInt(8)));
      }
    }
    return sessions;
  }

  /** Anyone's second live booking on a session: the schema's unique key should make this impossible. */
  private static List<LiveDuplicate> liveDuplicates(Connection db) throws SQLException {
    String sql = "SELECT session_id, person_id, COUNT(*) FROM booking"
        + " WHERE status IN ('CONFIRMED', 'WAITLISTED', 'AWAITING_APPROVAL')"
        + " GROUP BY session_id, person_id HAVING COUNT(*) > 1";
    List<LiveDuplicate> found = new ArrayList<>();
    try (Statement statement = db.createStatement(); ResultSet r = statement.executeQuery(sql)) {
      while (r.next()) {
        found.add(new LiveDuplicate(r.getString(2), r.getLong(1), r.getInt(3)));
      }
    }
    return found;
  }
}
