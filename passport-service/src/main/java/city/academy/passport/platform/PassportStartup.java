package city.academy.passport.platform;

import city.academy.passport.demo.DemoDataLoader;
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
 * The service reports ready only after this has finished. Imports left running or queued are not
 * touched here: with several instances they may be another's, live; the import lease
 * (ImportLease) takes over those whose runner has gone silent, this instance's old ones included.
 */
@ApplicationScoped
public class PassportStartup {

  @Resource(lookup = "jdbc/passport")
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "academy.passport.db.schema")
  Optional<String> schema;

  @Inject DemoDataLoader demoData;

  private volatile boolean ready;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    Migrations.migrate(dataSource, "db/migration/passport", schema.orElse(""), getClass().getClassLoader());
    demoData.loadIfEmpty();
    ready = true;
  }

  public boolean isReady() {
    return ready;
  }
}
