package city.academy.platform.persistence;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies a service's Flyway migrations. The same scripts run on H2 and PostgreSQL.
 *
 * <p>On PostgreSQL every service keeps its tables in its own schema (named by {@code schema});
 * on the embedded H2 default every service has its own database file, so the schema is blank.
 */
public final class Migrations {
  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  private Migrations() {}

  /**
   * @param dataSource the service's datasource
   * @param location classpath folder of the service's scripts, e.g. {@code db/migration/passport}
   * @param schema schema to own, or blank for the connection's default schema
   * @param classLoader the service's class loader (where the scripts are)
   */
  public static MigrateResult migrate(
      DataSource dataSource, String location, String schema, ClassLoader classLoader) {
    var configuration =
        Flyway.configure(classLoader)
            .dataSource(dataSource)
            .locations("classpath:" + location)
            .failOnMissingLocations(true);
    if (schema != null && !schema.isBlank()) {
      configuration = configuration.schemas(schema).defaultSchema(schema);
    }
    MigrateResult result = configuration.load().migrate();
    LOG.info(
        () ->
            "Database migrations for "
                + location
                + ": "
                + result.migrationsExecuted
                + " applied, schema now at version "
                + result.targetSchemaVersion);
    return result;
  }
}
