package city.academy.platform.health;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** The readiness answer every service gives: the database answers and the schema is migrated. */
public final class DatabaseHealth {
  private DatabaseHealth() {}

  public static HealthCheckResponse check(String name, DataSource dataSource, boolean migrated) {
    var response = HealthCheckResponse.named(name).withData("migrated", migrated);
    try (Connection connection = dataSource.getConnection()) {
      return response.status(migrated && connection.isValid(2)).build();
    } catch (SQLException e) {
      return response.down().withData("error", e.getMessage()).build();
    }
  }
}
