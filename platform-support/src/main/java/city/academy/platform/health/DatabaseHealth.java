package city.academy.platform.health;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** The readiness answer every service gives: the database answers and the schema is migrated. */
public final class DatabaseHealth {
  private DatabaseHealth() {}

  /**
   * Not ready, whatever the database says, once the instance is stopping ({@link Draining}), so that
   * a load balancer sends it nothing new while it finishes what it has.
   */
  public static HealthCheckResponse check(String name, DataSource dataSource, boolean migrated) {
    var response = HealthCheckResponse.named(name).withData("migrated", migrated);
    if (Draining.stopping()) {
      return response.down().withData("stopping", true).build();
    }
    try (Connection connection = dataSource.getConnection()) {
      return response.status(migrated && connection.isValid(2)).build();
    } catch (SQLException e) {
      return response.down().withData("error", e.getMessage()).build();
    }
  }
}
