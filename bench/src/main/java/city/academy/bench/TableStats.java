package city.academy.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * PostgreSQL's per-table scan counters ({@code pg_stat_user_tables}) for the bench schema, before
 * and after a load: how many index and sequential scans one request costs, table by table. A
 * server backend publishes its counters when it goes idle (at the latest after about 10 s in
 * PostgreSQL 15), hence the wait before the second snapshot. Only the platform uses the schema
 * while it runs, so the difference is its work.
 */
final class TableStats {
  private static final long FLUSH_WAIT_MS = 11_000;

  private final Map<String, long[]> byTable;

  private TableStats(Map<String, long[]> byTable) {
    this.byTable = byTable;
  }

  /** The counters now, or null when the database is not PostgreSQL. */
  static TableStats take(Target target, Options options) throws SQLException {
    if (!target.isPostgres()) {
      return null;
    }
    Map<String, long[]> byTable = new TreeMap<>();
    try (Connection c = target.connect(); Statement s = c.createStatement()) {
      s.execute("SELECT pg_stat_clear_snapshot()");
      try (ResultSet rs = s.executeQuery("SELECT relname, COALESCE(idx_scan, 0), seq_scan,"
          + " COALESCE(idx_tup_fetch, 0), seq_tup_read FROM pg_stat_user_tables WHERE schemaname = '"
          + options.pgSchema() + "'")) {
        while (rs.next()) {
          byTable.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
        }
      }
    }
    return new TableStats(byTable);
  }

  /** The counters once the server's connections have published theirs. */
  static TableStats takeAfterFlush(Target target, Options options) throws SQLException, InterruptedException {
    Thread.sleep(FLUSH_WAIT_MS);
    return take(target, options);
  }

  /** Index scans (rows fetched) and sequential scans per request, for tables that had any. */
  String perRequest(TableStats after, long requests) {
    StringBuilder out = new StringBuilder();
    for (var e : after.byTable.entrySet()) {
      long[] a = e.getValue();
      long[] b = byTable.getOrDefault(e.getKey(), new long[4]);
      double idx = (a[0] - b[0]) / (double) requests;
      double fetched = (a[2] - b[2]) / (double) requests;
      double seq = (a[1] - b[1]) / (double) requests;
      if (idx < 0.005 && seq < 0.005) {
        continue;
      }
      if (out.length() > 0) {
        out.append("; ");
      }
      out.append(String.format("%s %.2f index scans (%.1f rows)", e.getKey(), idx, fetched));
      if (seq >= 0.005) {
        out.append(String.format(" + %.2f seq scans (%.0f rows)", seq, (a[3] - b[3]) / (double) requests));
      }
    }
    return out.length() == 0 ? "no scans counted" : out.toString();
  }
}
