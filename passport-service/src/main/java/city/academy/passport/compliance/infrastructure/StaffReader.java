package city.academy.passport.compliance.infrastructure;

import city.academy.passport.compliance.domain.EvidenceRow;
import city.academy.passport.compliance.domain.StaffMember;
import city.academy.passport.framework.domain.Post;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Reads people with a current post (in one organisation, or anywhere) together with their
 * framework records, person by person, in two streams ordered by person: nothing is held for more
 * than one person at a time, so a whole city fits in a small heap. Plain SQL because this is a
 * bulk read, not a unit of work on entities. Run inside a transaction so PostgreSQL streams.
 */
@ApplicationScoped
public class StaffReader {
  private static final int FETCH = 2000;
  private static final String SORT_MEMORY = "64MB";

  @Resource(lookup = "jdbc/passport")
  DataSource dataSource;

  private static final String CURRENT =
      " FROM employment e JOIN organisation o ON o.id = e.organisation_id"
          + " WHERE e.start_date <= ? AND (e.end_date IS NULL OR e.end_date >= ?)";

  /**
   * @param organisationId one organisation's staff (their posts there only), or null for everyone;
   *     its key rather than its code, so the planner can use the employment's own index
   */
  public void forEach(Long organisationId, LocalDate day, Consumer<StaffMember> action) {
    // The key is written into the statement, not bound: with a bound key PostgreSQL soon settles on a
    // generic plan sized for an average organisation (about 1,000 posts), which for the 20,000-post
    // one is a nested loop and a sort that spills to disk (0.55 s instead of 0.22 s). A Long from
    // our own table cannot carry SQL.
    String scope = organisationId == null ? "" : " AND e.organisation_id = " + organisationId.longValue();
    String posts = "SELECT e.person_id, p.passport_id, p.given_name, p.family_name, o.code, o.sector,"
        + " e.staff_group, e.clinical, e.patient_facing, m.passport_id"
        + CURRENT.replace("FROM employment e", "FROM employment e JOIN person p ON p.id = e.person_id"
            + " LEFT JOIN person m ON m.id = e.line_manager_id") + scope
        + " ORDER BY e.person_id, e.start_date, e.id";
    String records = "SELECT r.person_id, r.id, r.subject_code, r.level_code, r.completed_on, r.expires_on, r.entry_kind, r.supersedes_id"
        + " FROM training_record r WHERE r.subject_code IS NOT NULL AND r.completed_on <= ?"
        + (organisationId == null ? "" : " AND r.person_id IN (SELECT e.person_id FROM employment e"
            + " WHERE e.start_date <= ? AND (e.end_date IS NULL OR e.end_date >= ?)" + scope + ")")
        + " ORDER BY r.person_id";
    try (Connection connection = dataSource.getConnection()) {
      sortInMemory(connection);
      read(connection, posts, records, organisationId != null, day, action);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read staff for compliance: " + e.getMessage(), e);
    }
  }

  /**
   * On PostgreSQL, lets this transaction sort the records of a large organisation in memory: with
   * the default 4 MB the sort of 360,000 records spills to disk and takes a third of the time.
   * {@code SET LOCAL} ends with the transaction, so the pooled connection is left as it was.
   */
  private static void sortInMemory(Connection connection) throws SQLException {
    if (city.academy.platform.persistence.Databases.isPostgres(connection)) {
      try (var statement = connection.createStatement()) {
        statement.execute("SET LOCAL work_mem = '" + SORT_MEMORY + "'");
      }
    }
  }

  private static void read(Connection connection, String posts, String records, boolean scoped, LocalDate day,
      Consumer<StaffMember> action) throws SQLException {
    try (PreparedStatement postQuery = connection.prepareStatement(posts);
        PreparedStatement recordQuery = connection.prepareStatement(records)) {
      bind(postQuery, 1, day);
      recordQuery.setObject(1, day);
      if (scoped) {
        bind(recordQuery, 2, day);
      }
      postQuery.setFetchSize(FETCH);
      recordQuery.setFetchSize(FETCH);
      try (ResultSet postRows = postQuery.executeQuery(); ResultSet recordRows = recordQuery.executeQuery()) {
        walk(postRows, recordRows, action);
      }
    }
  }

  private static void bind(PreparedStatement statement, int from, LocalDate day) throws SQLException {
    statement.setObject(from, day);
    statement.setObject(from + 1, day);
  }

  /** Merges the two person-ordered streams. */
  private static void walk(ResultSet postRows, ResultSet recordRows, Consumer<StaffMember> action) throws SQLException {
    boolean morePosts = postRows.next();
    boolean moreRecords = recordRows.next();
    while (morePosts) {
      long person = postRows.getLong(1);
      String passportId = postRows.getString(2);
      String name = postRows.getString(3) + " " + postRows.getString(4);
      List<Post> posts = new ArrayList<>(2);
      List<String> organisations = new ArrayList<>(2);
      List<String> managers = new ArrayList<>(1);
      while (morePosts && postRows.getLong(1) == person) {
        organisations.add(postRows.getString(5));
        String manager = postRows.getString(10);
        if (manager != null && !managers.contains(manager)) {
          managers.add(manager);
        }
        posts.add(new Post(postRows.getString(7), postRows.getBoolean(8), postRows.getBoolean(9), postRows.getString(6)));
        morePosts = postRows.next();
      }
      while (moreRecords && recordRows.getLong(1) < person) {
        moreRecords = recordRows.next();
      }
      List<EvidenceRow> evidence = new ArrayList<>();
      while (moreRecords && recordRows.getLong(1) == person) {
        LocalDate expires = recordRows.getObject(6, LocalDate.class);
        Long superseded = recordRows.getLong(8);
        if (recordRows.wasNull()) {
          superseded = null;
        }
        evidence.add(new EvidenceRow(
            recordRows.getLong(2), recordRows.getString(3), recordRows.getString(4), recordRows.getObject(5, LocalDate.class),
            expires, "REVOCATION".equals(recordRows.getString(7)), superseded));
        moreRecords = recordRows.next();
      }
      action.accept(new StaffMember(person, passportId, name, List.copyOf(posts), List.copyOf(organisations), evidence,
          List.copyOf(managers)));
    }
  }
}
