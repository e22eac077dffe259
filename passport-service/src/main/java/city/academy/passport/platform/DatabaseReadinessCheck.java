package city.academy.passport.platform;

import city.academy.platform.health.DatabaseHealth;
import city.academy.platform.health.Draining;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the migrations have run and the database answers, and not once the service has begun
 * to stop: then it waits {@code academy.shutdown.drain-seconds} (the launcher gives cluster
 * members 3) so that the load balancer stops sending requests here before anything is undeployed.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  @Resource(lookup = "jdbc/passport")
  DataSource dataSource;

  @Inject PassportStartup startup;

  @Inject
  @ConfigProperty(name = "academy.shutdown.drain-seconds", defaultValue = "0")
  long drainSeconds;

  private final Draining draining = new Draining();

  @Override
  public HealthCheckResponse call() {
    return DatabaseHealth.check("passport-database", dataSource, startup.isReady(), draining.isStopping());
  }

  void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
    draining.begin(Duration.ofSeconds(drainSeconds));
  }
}
