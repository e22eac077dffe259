package city.academy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/** The database under test: recreated empty, migrated with the passport service's own scripts. */
abstract class Target {

  final Options options;

  Target(Options options) {
    this.options = options;
  }

  static Target of(Options options) {
    return options.db().equals("postgres") ? new Postgres(options) : new H2(options);
  }

  abstract String name();

  abstract Connection connect() throws SQLException;

  /** Drops whatever a previous run left. */
  abstract void drop() throws Exception;

  abstract Flyway flyway();

  boolean isPostgres() {
    return false;
  }

  /** Applies the migrations from the file system, exactly as the service would. */
  int migrate() {
    return flyway().migrate().migrationsExecuted;
  }

  String locations() {
    return "filesystem:" + options.migrations();
  }

  static final class H2 extends Target {
    private final Path dir;
    private final String url;

    H2(Options options) {
      super(options);
      dir = options.target().resolve("bench-h2");
      url = "jdbc:h2:file:" + dir.resolve("passport");
    }

    @Override
    String name() {
      return "H2 (file " + dir + ")";
    }

    @Override
    Connection connect() throws SQLException {
      return DriverManager.getConnection(url, "sa", "");
    }

    @Override
    void drop() throws IOException {
      if (Files.exists(dir)) {
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      Files.createDirectories(dir);
    }

    @Override
    Flyway flyway() {
      return Flyway.configure().dataSource(url, "sa", "").locations(locations()).load();
    }
  }

  static final class Postgres extends Target {
    Postgres(Options options) {
      super(options);
    }

    @Override
    String name() {
      return "PostgreSQL (" + options.pgUrl() + ", schema " + options.pgSchema() + ")";
    }

    @Override
    boolean isPostgres() {
      return true;
    }

    @Override
    Connection connect() throws SQLException {
      String sep = options.pgUrl().contains("?") ? "&" : "?";
      return DriverManager.getConnection(
          options.pgUrl() + sep + "currentSchema=" + options.pgSchema() + "&reWriteBatchedInserts=true",
          options.pgUser(),
          options.pgPassword());
    }

    @Override
    void drop() throws SQLException {
      try (Connection c =
              DriverManager.getConnection(options.pgUrl(), options.pgUser(), options.pgPassword());
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + options.pgSchema() + " CASCADE");
      }
    }

    @Override
    Flyway flyway() {
      return Flyway.configure()
          .dataSource(options.pgUrl(), options.pgUser(), options.pgPassword())
          .schemas(options.pgSchema())
          .locations(locations())
          .load();
    }
  }
}
