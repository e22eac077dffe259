package city.academy.passport.imports.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What an import needs to know of an organisation, read once per organisation per job: its
 * employee numbers (current and past posts: a leaver's history is still theirs) and its local
 * requirements by title. Memory grows with the organisation's staff, never with the file.
 */
@ApplicationScoped
public class ImportDirectory {

  @Resource(lookup = "jdbc/passport")
  DataSource dataSource;

  /** A local requirement an imported local competence can meet. */
  public record LocalRequirement(String code, String title, Integer refresherMonths) {}

  /** One organisation's staff by employee number, and its local requirements by lower-cased title. */
  public record OrganisationStaff(long organisationId, String code, Map<String, Long> personByEmployeeNumber,
      Map<String, LocalRequirement> localByTitle) {

    public Optional<Long> person(String employeeNumber) {
      return Optional.ofNullable(personByEmployeeNumber.get(employeeNumber));
    }

    public Optional<LocalRequirement> local(String title) {
      return Optional.ofNullable(localByTitle.get(title.strip().toLowerCase(Locale.ROOT)));
    }
  }

  /** The organisation with this code, or empty when there is none. */
  public Optional<OrganisationStaff> organisation(String code) {
    try (Connection c = dataSource.getConnection()) {
      long id;
      try (PreparedStatement s = c.prepareStatement("SELECT id FROM organisation WHERE code = ?")) {
        s.setString(1, code);
        try (ResultSet rs = s.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          id = rs.getLong(1);
        }
      }
      Map<String, Long> people = new HashMap<>();
      try (PreparedStatement s = c.prepareStatement("SELECT employee_number, person_id FROM employment WHERE organisation_id = ?")) {
        s.setLong(1, id);
        s.setFetchSize(5_000);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            people.put(rs.getString(1), rs.getLong(2));
          }
        }
      }
      Map<String, LocalRequirement> locals = new HashMap<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT code, title, refresher_months FROM local_requirement WHERE organisation_id = ? AND retired_at IS NULL")) {
        s.setLong(1, id);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            int months = rs.getInt(3);
            LocalRequirement r = new LocalRequirement(rs.getString(1), rs.getString(2), rs.wasNull() ? null : months);
            locals.put(r.title().strip().toLowerCase(Locale.ROOT), r);
          }
        }
      }
      return Optional.of(new OrganisationStaff(id, code, people, locals));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read organisation " + code + " for an import: " + e.getMessage(), e);
    }
  }
}
