package city.academy.passport.imports.infrastructure;

import city.academy.passport.imports.domain.ImportBatch;
import city.academy.passport.imports.domain.ImportBatch.NewRecord;
import city.academy.passport.imports.domain.ImportJobLostException;
import city.academy.passport.imports.domain.RowProblem;
import city.academy.platform.persistence.Databases;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Writes one batch of an import in one transaction, with COPY on PostgreSQL ({@link PostgresCopy})
 * and a JDBC batch elsewhere, rather than an entity per row (a million-row file would otherwise spend its time in the persistence context): the records
 * whose natural key is not there yet, the rejected rows, and the job's counters and checkpoint. If
 * the transaction fails, none of it happened, and the job resumes after the previous checkpoint.
 * Only the runner the job names may write it: after a takeover, the old runner's batches are refused.
 *
 * <p>Ids come from {@code training_record_seq} the way EclipseLink takes them (each value the last
 * id of a block of 50), so records added here and by the application never collide.
 */
@ApplicationScoped
public class JdbcImportWriter {
  static final int ID_BLOCK = 50;

  @Resource(lookup = "jdbc/passport")
  DataSource dataSource;

  /** What a batch added. */
  public record Written(long imported, long duplicates) {}

  /**
   * Writes the batch for the job, which must be running and name this runner; a natural key that is
   * already there, or twice in the batch, counts as a duplicate. A batch written is also a sign of
   * life: the job's heartbeat moves with its checkpoint.
   *
   * @throws ImportJobLostException when the job is no longer running, or another runner has taken it
   *     over; nothing is written
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Written write(long jobId, String runner, String enteredBy, ImportBatch batch) {
    try (Connection c = dataSource.getConnection()) {
      boolean postgres = Databases.isPostgres(c);
      // the job's row locked first: a takeover waits for this batch (and then finds the job alive), or
      // this batch waits for the takeover and is refused before it writes a record
      holdAsRunner(c, jobId, runner, batch);
      List<NewRecord> fresh = withoutDuplicates(c, batch.records());
      insertRecords(c, postgres, jobId, enteredBy, fresh);
      insertProblems(c, jobId, batch.problems());
      long duplicates = batch.records().size() - fresh.size();
      try (PreparedStatement s = c.prepareStatement("UPDATE import_job SET rows_read = rows_read + ?, rows_imported = rows_imported + ?,"
          + " rows_duplicate = rows_duplicate + ?, rows_rejected = rows_rejected + ?, checkpoint_line = ?, heartbeat_at = ?,"
          + " version = version + 1 WHERE id = ? AND status = 'RUNNING' AND runner = ?")) {
        s.setLong(1, batch.rowsRead());
        s.setLong(2, fresh.size());
        s.setLong(3, duplicates);
        s.setLong(4, batch.problems().size());
        s.setLong(5, batch.checkpointLine());
        s.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
        s.setLong(7, jobId);
        s.setString(8, runner);
        if (s.executeUpdate() != 1) {
          throw lost(jobId, batch);
        }
      }
      return new Written(fresh.size(), duplicates);
    } catch (SQLException e) {
      if (isUniqueViolation(e)) {
        throw new KeyRaceException("Import " + jobId + ": another import wrote some of this batch's records at the same moment", e);
      }
      throw new IllegalStateException("Import " + jobId + ": a batch could not be written: " + e.getMessage(), e);
    }
  }

  private static void holdAsRunner(Connection c, long jobId, String runner, ImportBatch batch) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id FROM import_job WHERE id = ? AND status = 'RUNNING' AND runner = ? FOR UPDATE")) {
      s.setLong(1, jobId);
      s.setString(2, runner);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw lost(jobId, batch);
        }
      }
    }
  }

  private static ImportJobLostException lost(long jobId, ImportBatch batch) {
    return new ImportJobLostException("Import " + jobId + " is no longer running here (another instance has taken it over,"
        + " or it stopped); its batch up to line " + batch.checkpointLine() + " was not written.");
  }

  /**
   * Another import added one of the batch's records between this batch's look and its insert
   * (overlapping files imported at once). Nothing of the batch was written; written again, the
   * look finds those records and counts them as duplicates.
   */
  public static class KeyRaceException extends RuntimeException {
    public KeyRaceException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** SQLSTATE 23505, unique violation, on PostgreSQL and H2 alike (also inside a batch's chain). */
  static boolean isUniqueViolation(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        if ("23505".equals(sql.getSQLState())) {
          return true;
        }
        SQLException next = sql.getNextException();
        if (next != null && next != t && "23505".equals(next.getSQLState())) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<NewRecord> withoutDuplicates(Connection c, List<NewRecord> records) throws SQLException {
    if (records.isEmpty()) {
      return List.of();
    }
    Set<String> existing = new HashSet<>();
    String marks = String.join(",", java.util.Collections.nCopies(records.size(), "?"));
    try (PreparedStatement s = c.prepareStatement("SELECT source_reference FROM training_record WHERE source_reference IN (" + marks + ")")) {
      for (int i = 0; i < records.size(); i++) {
        s.setString(i + 1, records.get(i).naturalKey());
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          existing.add(rs.getString(1));
        }
      }
    }
    List<NewRecord> fresh = new ArrayList<>(records.size());
    for (NewRecord r : records) {
      if (existing.add(r.naturalKey())) {
        fresh.add(r);
      }
    }
    return fresh;
  }

  private static void insertRecords(Connection c, boolean postgres, long jobId, String enteredBy, List<NewRecord> records)
      throws SQLException {
    if (records.isEmpty()) {
      return;
    }
    long[] ids = ids(c, postgres, records.size());
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    if (postgres) {
      PostgresCopy.copy(c, jobId, enteredBy, records, ids, now);
      return;
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO training_record (id, person_id, subject_code, level_code, course_title,"
        + " completed_on, expires_on, source, attested_by_org_id, entered_by, entered_at, entry_kind, evidence_reference, local_code,"
        + " source_reference, import_job_id) VALUES (?, ?, ?, ?, ?, ?, ?, 'IMPORT', ?, ?, ?, 'ENTRY', ?, ?, ?, ?)")) {
      for (int i = 0; i < records.size(); i++) {
        NewRecord r = records.get(i);
        s.setLong(1, ids[i]);
        s.setLong(2, r.personId());
        s.setString(3, r.subjectCode());
        s.setString(4, r.levelCode());
        s.setString(5, r.courseTitle());
        s.setDate(6, Date.valueOf(r.completedOn()));
        if (r.expiresOn() == null) {
          s.setNull(7, Types.DATE);
        } else {
          s.setDate(7, Date.valueOf(r.expiresOn()));
        }
        s.setLong(8, r.organisationId());
        s.setString(9, enteredBy);
        s.setObject(10, now);
        s.setString(11, r.evidence());
        s.setString(12, r.localCode());
        s.setString(13, r.naturalKey());
        s.setLong(14, jobId);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void insertProblems(Connection c, long jobId, List<RowProblem> problems) throws SQLException {
    if (problems.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO import_rejection (job_id, line, column_name, cell_value, reason) VALUES (?, ?, ?, ?, ?)")) {
      for (RowProblem p : problems) {
        s.setLong(1, jobId);
        s.setLong(2, p.line());
        s.setString(3, cut(p.column(), 100));
        s.setString(4, cut(p.value(), 200));
        s.setString(5, cut(p.reason(), 500));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** {@code n} fresh record ids, taken from the sequence in blocks of 50 as EclipseLink does. */
  private static long[] ids(Connection c, boolean postgres, int n) throws SQLException {
    int blocks = (n + ID_BLOCK - 1) / ID_BLOCK;
    String sql = postgres
        ? "SELECT nextval('training_record_seq') FROM generate_series(1, ?)"
        : "SELECT NEXT VALUE FOR training_record_seq FROM SYSTEM_RANGE(1, ?)";
    long[] ids = new long[n];
    int k = 0;
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setInt(1, blocks);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next() && k < n) {
          long last = rs.getLong(1);
          for (long id = last - ID_BLOCK + 1; id <= last && k < n; id++) {
            ids[k++] = id;
          }
        }
      }
    }
    if (k < n) {
      throw new SQLException("The record sequence gave " + k + " ids of the " + n + " asked for.");
    }
    return ids;
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
