package city.academy.passport.platform;

import city.academy.platform.health.DatabaseHealth;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the migrations have run and the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  @Resource(lookup = "jdbc/passport")
  DataSource dataSource;

  @Inject PassportStartup startup;

  @Override
  public HealthCheckResponse call() {
    return DatabaseHealth.check("passport-database", dataSource, startup.isReady());
  }
}
