package city.academy.bench;

import city.academy.city.GeneratedEmployment;
import city.academy.city.GeneratedOrganisation;
import city.academy.city.GeneratedPerson;
import city.academy.city.GeneratedRecord;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts the generated city with JDBC batches, in stream order, with ids from its own counters
 * (1, 2, 3...). With prefix {@code ""} it fills the passport tables (keys, foreign keys, indexes);
 * with {@code "copy_"} the unconstrained, unindexed baseline copies.
 */
final class RowLoader implements AutoCloseable {

  static final String ENTERED_BY = "city-generator";

  private final Connection connection;
  private final int batchRows;
  private final OffsetDateTime now =
      OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  private final PreparedStatement organisation;
  private final PreparedStatement person;
  private final PreparedStatement employment;
  private final PreparedStatement record;
  private final Map<String, Long> organisationIds = new HashMap<>();
  /** passport id → person id, for line managers (who always come earlier in the stream). */
  private final Map<String, Long> personIds = new HashMap<>();

  private long nextPerson = 1;
  private long nextEmployment = 1;
  private long nextRecord = 1;
  private int pending;
  long organisations;
  long people;
  long employments;
  long records;

  RowLoader(Connection connection, String prefix, int batchRows) throws SQLException {
    this.connection = connection;
    this.batchRows = batchRows;
    connection.setAutoCommit(false);
    organisation =
        connection.prepareStatement(
            "INSERT INTO " + prefix + "organisation (id, code, name, org_type, sector, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
    person =
        connection.prepareStatement(
            "INSERT INTO " + prefix + "person (id, passport_id, given_name, family_name, email, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
    employment =
        connection.prepareStatement(
            "INSERT INTO " + prefix + "employment (id, person_id, organisation_id, employee_number,"
                + " staff_group, job_role, clinical, patient_facing, line_manager_id, start_date, end_date)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    record =
        connection.prepareStatement(
            "INSERT INTO " + prefix + "training_record (id, person_id, subject_code, level_code,"
                + " completed_on, expires_on, source, attested_by_org_id, entered_by, entered_at, entry_kind)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ENTRY')");
  }

  void organisations(List<GeneratedOrganisation> orgs) throws SQLException {
    long id = 1;
    for (GeneratedOrganisation o : orgs) {
      organisation.setLong(1, id);
      organisation.setString(2, o.code());
      organisation.setString(3, o.name());
      organisation.setString(4, o.type());
      organisation.setString(5, o.sector());
      organisation.setObject(6, now);
      organisation.addBatch();
      organisationIds.put(o.code(), id++);
      organisations++;
    }
    organisation.executeBatch();
    connection.commit();
  }

  /** Adds one person's rows; returns the person's id. */
  long person(GeneratedPerson p) throws SQLException {
    long personId = nextPerson++;
    personIds.put(p.personId(), personId);
    person.setLong(1, personId);
    person.setString(2, p.personId());
    person.setString(3, p.givenName());
    person.setString(4, p.familyName());
    person.setString(5, p.email());
    person.setObject(6, now);
    person.addBatch();
    people++;
    pending++;
    for (GeneratedEmployment e : p.employments()) {
      employment.setLong(1, nextEmployment++);
      employment.setLong(2, personId);
      employment.setLong(3, organisationIds.get(e.organisationCode()));
      employment.setString(4, e.employeeNumber());
      employment.setString(5, e.staffGroup());
      employment.setString(6, e.jobRole());
      employment.setBoolean(7, e.clinical());
      employment.setBoolean(8, e.patientFacing());
      Long manager = e.lineManagerPersonId() == null ? null : personIds.get(e.lineManagerPersonId());
      if (manager == null) {
        employment.setNull(9, Types.BIGINT);
      } else {
        employment.setLong(9, manager);
      }
      employment.setDate(10, Date.valueOf(e.startDate()));
      setDate(employment, 11, e.endDate());
      employment.addBatch();
      employments++;
      pending++;
    }
    for (GeneratedRecord r : p.records()) {
      record.setLong(1, nextRecord++);
      record.setLong(2, personId);
      record.setString(3, r.subject());
      record.setString(4, r.level());
      record.setDate(5, Date.valueOf(r.completedOn()));
      setDate(record, 6, r.expiresOn());
      record.setString(7, r.source());
      record.setLong(8, organisationIds.get(r.attestedByOrganisationCode()));
      record.setString(9, ENTERED_BY);
      record.setObject(10, now);
      record.addBatch();
      records++;
      pending++;
    }
    if (pending >= batchRows) {
      flush();
    }
    return personId;
  }

  private static void setDate(PreparedStatement s, int i, LocalDate d) throws SQLException {
    if (d == null) {
      s.setNull(i, Types.DATE);
    } else {
      s.setDate(i, Date.valueOf(d));
    }
  }

  /** People first: employments name their line managers, records their person. */
  void flush() throws SQLException {
    person.executeBatch();
    employment.executeBatch();
    record.executeBatch();
    connection.commit();
    pending = 0;
  }

  long rows() {
    return organisations + people + employments + records;
  }

  @Override
  public void close() throws SQLException {
    flush();
    organisation.close();
    person.close();
    employment.close();
    record.close();
  }
}
