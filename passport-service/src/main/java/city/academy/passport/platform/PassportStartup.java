package city.academy.passport.platform;

import city.academy.passport.demo.DemoDataLoader;
import city.academy.passport.imports.application.ImportJobs;
import city.academy.platform.persistence.Migrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At deployment: bring the schema up to date, then load the demo city into an empty database.
 * The service reports ready only after this has finished.
 */
@ApplicationScoped
public class PassportStartup {

  @Resource(lookup = "jdbc/passport")
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "academy.passport.db.schema")
  Optional<String> schema;

  @Inject DemoDataLoader demoData;
  @Inject ImportJobs imports;

  private volatile boolean ready;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    Migrations.migrate(dataSource, "db/migration/passport", schema.orElse(""), getClass().getClassLoader());
    demoData.loadIfEmpty();
    int interrupted = imports.interruptLeftovers();
    if (interrupted > 0) {
      java.util.logging.Logger.getLogger(PassportStartup.class.getName())
          .warning(() -> interrupted + " import(s) were under way when the service stopped: marked interrupted, resumable.");
    }
    ready = true;
  }

  public boolean isReady() {
    return ready;
  }
}
