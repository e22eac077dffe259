package city.academy.catalogue.platform;

import city.academy.catalogue.demo.DemoApprenticeships;
import city.academy.catalogue.demo.DemoCourses;
import city.academy.catalogue.demo.DemoSessions;
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
 * At deployment: bring the schema up to date, then load the demo courses into an empty catalogue
 * and demo sessions and apprenticeship cohorts when there are none.
 */
@ApplicationScoped
public class CatalogueStartup {

  @Resource(lookup = "jdbc/catalogue")
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "academy.catalogue.db.schema")
  Optional<String> schema;

  @Inject DemoCourses demoCourses;
  @Inject DemoSessions demoSessions;
  @Inject DemoApprenticeships demoApprenticeships;

  private volatile boolean ready;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    Migrations.migrate(dataSource, "db/migration/catalogue", schema.orElse(""), getClass().getClassLoader());
    demoCourses.loadIfEmpty();
    demoSessions.loadIfNone();
    demoApprenticeships.loadIfNone();
    ready = true;
  }

  public boolean isReady() {
    return ready;
  }
}
