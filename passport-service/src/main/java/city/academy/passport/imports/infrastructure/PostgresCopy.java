package city.academy.passport.imports.infrastructure;

import city.academy.passport.imports.domain.ImportBatch.NewRecord;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Writes a batch's records with PostgreSQL's {@code COPY ... FROM STDIN}, in the batch's
 * transaction: the fastest way into a table, far cheaper per row than a batched {@code INSERT}
 * whose parameters the driver must encode one by one. Only touched on PostgreSQL (the driver is the
 * server's). Values are written as CSV: text quoted (quotes doubled), a missing value as nothing.
 */
final class PostgresCopy {
  static final String COLUMNS = "id, person_id, subject_code, level_code, course_title, completed_on, expires_on, source,"
      + " attested_by_org_id, entered_by, entered_at, entry_kind, evidence_reference, local_code, source_reference, import_job_id";

  private PostgresCopy() {}

  static void copy(Connection c, long jobId, String enteredBy, List<NewRecord> records, long[] ids, OffsetDateTime now)
      throws SQLException {
    StringBuilder csv = new StringBuilder(records.size() * 200);
    String entered = quoted(enteredBy);
    String at = now.toString();
    for (int i = 0; i < records.size(); i++) {
      NewRecord r = records.get(i);
      csv.append(ids[i]).append(',').append(r.personId()).append(',')
          .append(quoted(r.subjectCode())).append(',').append(quoted(r.levelCode())).append(',').append(quoted(r.courseTitle())).append(',')
          .append(r.completedOn()).append(',').append(r.expiresOn() == null ? "" : r.expiresOn().toString()).append(",IMPORT,")
          .append(r.organisationId()).append(',').append(entered).append(',').append(at).append(",ENTRY,")
          .append(quoted(r.evidence())).append(',').append(quoted(r.localCode())).append(',').append(quoted(r.naturalKey())).append(',')
          .append(jobId).append('\n');
    }
    try {
      c.unwrap(PGConnection.class).getCopyAPI()
          .copyIn("COPY training_record (" + COLUMNS + ") FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A text value as CSV: quoted with its quotes doubled; a missing value as nothing (NULL). */
  static String quoted(String value) {
    return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
  }
}
