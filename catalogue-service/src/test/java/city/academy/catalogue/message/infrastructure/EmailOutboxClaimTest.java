package city.academy.catalogue.message.infrastructure;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The outbox's claim SQL, raced by four senders (as four instances of the service would) on H2 and
 * on PostgreSQL: every due row is claimed by exactly one of them, and none twice.
 */
class EmailOutboxClaimTest {
  static final int ROWS = 200;
  static final int SENDERS = 4;

  @ParameterizedTest
  @ValueSource(strings = {"jdbc:h2:mem:outbox;DB_CLOSE_DELAY=-1", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"})
  void fourSendersClaimEveryDueRowExactlyOnce(String url) throws Exception {
    try (Connection setup = connect(url)) {
      try (Statement s = setup.createStatement()) {
        s.execute("DROP TABLE IF EXISTS email_outbox");
        s.execute("CREATE TABLE email_outbox (id BIGINT PRIMARY KEY, next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,"
            + " claimed_by VARCHAR(64), claimed_until TIMESTAMP WITH TIME ZONE, sent_at TIMESTAMP WITH TIME ZONE,"
            + " refused_at TIMESTAMP WITH TIME ZONE)");
      }
      OffsetDateTime past = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1);
      try (PreparedStatement insert = setup.prepareStatement("INSERT INTO email_outbox (id, next_attempt_at) VALUES (?, ?)")) {
        for (int i = 1; i <= ROWS; i++) {
          insert.setLong(1, i);
          insert.setObject(2, past);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      try (Statement s = setup.createStatement()) {
        // one row already held by a sender whose lease still runs, one sent, one refused: never claimed
        s.execute("UPDATE email_outbox SET claimed_by = 'other', claimed_until = CURRENT_TIMESTAMP + INTERVAL '1' HOUR WHERE id = 1");
        s.execute("UPDATE email_outbox SET sent_at = CURRENT_TIMESTAMP WHERE id = 2");
        s.execute("UPDATE email_outbox SET refused_at = CURRENT_TIMESTAMP WHERE id = 3");
      }

      Map<Long, String> claimedBy = new ConcurrentHashMap<>();
      List<Long> twice = new ArrayList<>();
      ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> rounds = new ArrayList<>();
      for (int n = 0; n < SENDERS; n++) {
        String sender = "sender-" + n;
        rounds.add(pool.submit(() -> {
          go.await();
          int claimed = 0;
          try (Connection c = connect(url)) {
            c.setAutoCommit(false);
            while (true) {
              List<Long> batch = claim(c, sender, 7);
              c.commit();
              if (batch.isEmpty()) {
                return claimed;
              }
              for (long id : batch) {
                if (claimedBy.putIfAbsent(id, sender) != null) {
                  synchronized (twice) {
                    twice.add(id);
                  }
                }
              }
              claimed += batch.size();
            }
          }
        }));
      }
      go.countDown();
      int total = 0;
      for (Future<Integer> f : rounds) {
        total += f.get();
      }
      pool.shutdown();

      assertThat(twice).as("rows claimed twice").isEmpty();
      assertThat(total).isEqualTo(ROWS - 3);
      assertThat(claimedBy.keySet()).doesNotContain(1L, 2L, 3L).hasSize(ROWS - 3);
      try (Statement s = setup.createStatement(); ResultSet r = s.executeQuery("SELECT claimed_by FROM email_outbox WHERE id = 1")) {
        r.next();
        assertThat(r.getString(1)).isEqualTo("other");
      }
      try (Statement s = setup.createStatement()) {
        s.execute("DROP TABLE email_outbox");
      }
    }
  }

  /** What {@link JpaEmailOutbox#claimDue} runs, in one transaction. */
  static List<Long> claim(Connection c, String sender, int limit) throws SQLException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    List<Long> due = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(JpaEmailOutbox.DUE.formatted(limit))) {
      select.setObject(1, now);
      select.setObject(2, now);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          due.add(r.getLong(1));
        }
      }
    }
    List<Long> claimed = new ArrayList<>();
    try (PreparedStatement update = c.prepareStatement(JpaEmailOutbox.CLAIM)) {
      for (long id : due) {
        update.setString(1, sender);
        update.setObject(2, now.plusMinutes(2));
        update.setLong(3, id);
        update.setObject(4, now);
        if (update.executeUpdate() == 1) {
          claimed.add(id);
        }
      }
    }
    return claimed;
  }

  static Connection connect(String url) {
    try {
      return DriverManager.getConnection(url.replace("outbox;", "outbox;LOCK_TIMEOUT=10000;"));
    } catch (SQLException e) {
      Assumptions.abort("database not reachable: " + url + " (" + e.getMessage() + ")");
      return null;
    }
  }
}
