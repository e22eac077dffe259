package city.academy.bench;

import city.academy.city.GeneratedEmployment;
import city.academy.city.GeneratedOrganisation;
import city.academy.city.GeneratedPerson;
import city.academy.city.GeneratedRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL baseline: the same rows as {@link RowLoader}, streamed with {@code COPY ... FROM
 * STDIN} (text format) into the unconstrained copy tables, one COPY per table running side by side
 * on its own connection so the city is generated once.
 */
final class CopyLoader implements AutoCloseable {

  private static final int BUFFER = 1 << 20;

  private final String now = OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString();
  private final Table person;
  private final Table employment;
  private final Table record;
  private final Map<String, Long> organisationIds = new HashMap<>();
  private final Map<String, Long> personIds = new HashMap<>();
  private long nextPerson = 1;
  private long nextEmployment = 1;
  private long nextRecord = 1;
  long rows;

  /** One running COPY. */
  private static final class Table {
    final CopyIn copy;
    final StringBuilder buffer = new StringBuilder(BUFFER + 4096);

    Table(Connection c, String sql) throws SQLException {
      copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    }

    void row(Object... values) throws SQLException {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          buffer.append('\t');
        }
        Object v = values[i];
        if (v == null) {
          buffer.append("\\N");
        } else if (v instanceof Boolean b) {
          buffer.append(b ? 't' : 'f');
        } else {
          escape(v.toString());
        }
      }
      buffer.append('\n');
      if (buffer.length() >= BUFFER) {
        flush();
      }
    }

    private void escape(String s) {
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        switch (ch) {
          case '\\' -> buffer.append("\\\\");
          case '\t' -> buffer.append("\\t");
          case '\n' -> buffer.append("\\n");
          case '\r' -> buffer.append("\\r");
          default -> buffer.append(ch);
        }
      }
    }

    void flush() throws SQLException {
      if (buffer.length() > 0) {
        byte[] bytes = buffer.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
      }
    }

    long end() throws SQLException {
      flush();
      return copy.endCopy();
    }
  }

  CopyLoader(List<Connection> connections, List<GeneratedOrganisation> orgs) throws SQLException {
    Table organisation =
        new Table(connections.get(0),
            "COPY copy_organisation (id, code, name, org_type, sector, created_at) FROM STDIN");
    long id = 1;
    for (GeneratedOrganisation o : orgs) {
      organisation.row(id, o.code(), o.name(), o.type(), o.sector(), now);
      organisationIds.put(o.code(), id++);
    }
    rows += organisation.end();
    person =
        new Table(connections.get(1),
            "COPY copy_person (id, passport_id, given_name, family_name, email, created_at) FROM STDIN");
    employment =
        new Table(connections.get(2),
            "COPY copy_employment (id, person_id, organisation_id, employee_number, staff_group, job_role,"
                + " clinical, patient_facing, line_manager_id, start_date, end_date) FROM STDIN");
    record =
        new Table(connections.get(3),
            "COPY copy_training_record (id, person_id, subject_code, level_code, completed_on, expires_on,"
                + " source, attested_by_org_id, entered_by, entered_at, entry_kind) FROM STDIN");
  }

  void person(GeneratedPerson p) throws SQLException {
    long personId = nextPerson++;
    personIds.put(p.personId(), personId);
    person.row(personId, p.personId(), p.givenName(), p.familyName(), p.email(), now);
    for (GeneratedEmployment e : p.employments()) {
      employment.row(nextEmployment++, personId, organisationIds.get(e.organisationCode()),
          e.employeeNumber(), e.staffGroup(), e.jobRole(), e.clinical(), e.patientFacing(),
          e.lineManagerPersonId() == null ? null : personIds.get(e.lineManagerPersonId()),
          e.startDate(), e.endDate());
    }
    for (GeneratedRecord r : p.records()) {
      record.row(nextRecord++, personId, r.subject(), r.level(), r.completedOn(), r.expiresOn(),
          r.source(), organisationIds.get(r.attestedByOrganisationCode()), RowLoader.ENTERED_BY, now,
          "ENTRY");
    }
  }

  @Override
  public void close() throws SQLException {
    rows += person.end();
    rows += employment.end();
    rows += record.end();
  }
}
