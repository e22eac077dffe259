package city.academy.passport.platform;

import city.academy.platform.health.DatabaseHealth;
import city.academy.platform.health.Draining;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the migrations have run and the database answers, and not once the instance has been
 * told to stop: with {@code academy.shutdown.drain-seconds} set (the launcher gives cluster members
 * 3), SIGTERM first makes every readiness check answer DOWN and keeps serving for that long, so the
 * load balancer stops sending requests here before anything is undeployed ({@link Draining}).
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

  @Override
  public HealthCheckResponse call() {
    return DatabaseHealth.check("passport-database", dataSource, startup.isReady());
  }

  void takeTheStopSignal(@Observes @Initialized(ApplicationScoped.class) Object event) {
    Draining.onTerm(Duration.ofSeconds(drainSeconds));
  }
}
