package city.academy.catalogue.booking.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reminder's conditional update, raced by four runs at once (as four instances of the service
 * would), each marking and writing its message in one transaction, on H2 and on PostgreSQL: every
 * due booking gets exactly one message; cancelled ones and ones already reminded of their start
 * none; one reminded of an earlier day exactly one more. On PostgreSQL in a schema of its own.
 */
class ReminderMarkTest {
  static final int BOOKINGS = 120;
  static final int RUNS = 4;
  static final OffsetDateTime START = OffsetDateTime.of(2026, 12, 3, 9, 30, 0, 0, ZoneOffset.UTC);
  static final OffsetDateTime EARLIER_DAY = START.minusDays(7);

  @ParameterizedTest
  @ValueSource(strings = {"jdbc:h2:mem:reminders;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"})
  void fourRunsRemindEachBookingOnce(String url) throws Exception {
    String schema = "reminder_mark_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    boolean postgres = url.startsWith("jdbc:postgresql");
    try (Connection setup = connect(url, null)) {
      try (Statement s = setup.createStatement()) {
        if (postgres) {
          s.execute("CREATE SCHEMA " + schema);
          s.execute("SET search_path TO " + schema);
        } else {
          s.execute("DROP TABLE IF EXISTS message");
          s.execute("DROP TABLE IF EXISTS booking");
        }
        s.execute("CREATE TABLE booking (id BIGINT PRIMARY KEY, status VARCHAR(24) NOT NULL,"
            + " reminded_at TIMESTAMP WITH TIME ZONE, reminded_for_start TIMESTAMP WITH TIME ZONE)");
        s.execute("CREATE TABLE message (id BIGINT PRIMARY KEY, booking_id BIGINT NOT NULL, run VARCHAR(16) NOT NULL)");
      }
      try (PreparedStatement insert = setup.prepareStatement("INSERT INTO booking (id, status, reminded_for_start) VALUES (?, ?, ?)")) {
        for (int i = 1; i <= BOOKINGS; i++) {
          insert.setLong(1, i);
          insert.setString(2, i % 10 == 0 ? "CANCELLED" : "CONFIRMED");
          // every 7th was reminded of an earlier day (the session moved), every 11th of this start already
          insert.setObject(3, i % 7 == 0 ? EARLIER_DAY : i % 11 == 0 ? START : null);
          insert.addBatch();
        }
        insert.executeBatch();
      }

      ExecutorService pool = Executors.newFixedThreadPool(RUNS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> runs = new ArrayList<>();
      for (int n = 0; n < RUNS; n++) {
        String run = "run-" + n;
        int offset = n * 1_000_000;
        runs.add(pool.submit(() -> {
          go.await();
          List<Long> ids = new ArrayList<>();
          for (long i = 1; i <= BOOKINGS; i++) {
            ids.add(i);
          }
          Collections.shuffle(ids);
          int reminded = 0;
          try (Connection c = connect(url, postgres ? schema : null)) {
            c.setAutoCommit(false);
            for (long id : ids) {
              if (remind(c, id, run, offset + (int) id)) {
                reminded++;
              }
              c.commit();
            }
          }
          return reminded;
        }));
      }
      go.countDown();
      int total = 0;
      for (Future<Integer> f : runs) {
        total += f.get();
      }
      pool.shutdown();

      Map<Long, Integer> messages = new HashMap<>();
      try (Statement s = setup.createStatement(); ResultSet r = s.executeQuery("SELECT booking_id, COUNT(*) FROM message GROUP BY booking_id")) {
        while (r.next()) {
          messages.put(r.getLong(1), r.getInt(2));
        }
      }
      List<Long> expected = new ArrayList<>();
      for (long i = 1; i <= BOOKINGS; i++) {
        if (i % 10 != 0 && (i % 7 == 0 || i % 11 != 0)) {
          expected.add(i);
        }
      }
      assertThat(messages.keySet()).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(messages.values()).as("messages per booking").containsOnly(1);
      assertThat(total).isEqualTo(expected.size());
      try (Statement s = setup.createStatement()) {
        if (postgres) {
          s.execute("DROP SCHEMA " + schema + " CASCADE");
        } else {
          s.execute("DROP TABLE message");
          s.execute("DROP TABLE booking");
        }
      }
    }
  }

  /** What SessionDesk#remind does in its transaction: read, compare-and-set, and the message only if it won. */
  static boolean remind(Connection c, long id, String run, long messageId) throws SQLException {
    OffsetDateTime read;
    String status;
    try (PreparedStatement select = c.prepareStatement("SELECT status, reminded_for_start FROM booking WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet r = select.executeQuery()) {
        r.next();
        status = r.getString(1);
        read = r.getObject(2, OffsetDateTime.class);
      }
    }
    if (!"CONFIRMED".equals(status) || (read != null && read.toInstant().equals(START.toInstant()))) {
      return false; // not due (Booking#reminderDue)
    }
    try (PreparedStatement mark = c.prepareStatement(read == null ? JpaBookingRepository.MARK_REMINDED : JpaBookingRepository.MARK_REMINDED_AGAIN)) {
      mark.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
      mark.setObject(2, START);
      mark.setLong(3, id);
      if (read != null) {
        mark.setObject(4, read);
      }
      if (mark.executeUpdate() != 1) {
        return false;
      }
    }
    try (PreparedStatement message = c.prepareStatement("INSERT INTO message (id, booking_id, run) VALUES (?, ?, ?)")) {
      message.setLong(1, messageId);
      message.setLong(2, id);
      message.setString(3, run);
      message.executeUpdate();
    }
    return true;
  }

  static Connection connect(String url, String schema) {
    try {
      return DriverManager.getConnection(schema == null ? url : url + "&currentSchema=" + schema);
    } catch (SQLException e) {
      Assumptions.abort("database not reachable: " + url + " (" + e.getMessage() + ")");
      return null;
    }
  }
}
