package city.academy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /**
   * Settings for the platform's launcher, as the environment variables of the run command would
   * give them ({@code ACADEMY_DB}, schemas, PostgreSQL host...).
   */
  abstract Map<String, String> platformEnvironment();

  /**
   * Makes the loaded city the database the platform will open: on H2 a copy of the file where the
   * launcher puts it ({@code <data>/db/passport.mv.db}); on PostgreSQL the loaded schema itself
   * (and an empty catalogue schema). Call with no connection to the bench database open.
   */
  abstract void prepareForPlatform(Path data) throws Exception;

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

    @Override
    Map<String, String> platformEnvironment() {
      return Map.of("ACADEMY_DB", "h2");
    }

    /**
     * Copies the loaded file to {@code <data>/db/passport.mv.db}, where the launcher's pool opens it
     * as user sa with password sa. The bench keeps its own file for the SQL baselines, which it
     * reads while the server holds the copy (an embedded H2 file has one owner at a time).
     */
    @Override
    void prepareForPlatform(Path data) throws Exception {
      Path source = dir.resolve("passport.mv.db");
      if (!Files.exists(source)) {
        throw new IllegalStateException("No loaded city at " + source + ": run --suite=load (or all) first.");
      }
      Path db = Files.createDirectories(data.resolve("db"));
      for (String leftover : new String[] {"passport.mv.db", "passport.trace.db", "catalogue.mv.db", "catalogue.trace.db"}) {
        Files.deleteIfExists(db.resolve(leftover));
      }
      Files.copy(source, db.resolve("passport.mv.db"), StandardCopyOption.REPLACE_EXISTING);
      try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.resolve("passport"), "sa", "");
          Statement s = c.createStatement()) {
        s.execute("ALTER USER SA SET PASSWORD 'sa'");
      }
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

    private static final Pattern URL =
        Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+)(?:\\?.*)?");

    @Override
    Map<String, String> platformEnvironment() {
      Matcher m = URL.matcher(options.pgUrl());
      if (!m.matches()) {
        throw new IllegalStateException("Cannot read host, port and database from " + options.pgUrl());
      }
      String host = m.group(1);
      if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
        throw new IllegalStateException("The service benchmarks run on 127.0.0.1 only, not " + host);
      }
      Map<String, String> env = new LinkedHashMap<>();
      env.put("ACADEMY_DB", "postgres");
      env.put("ACADEMY_DB_HOST", "127.0.0.1");
      env.put("ACADEMY_DB_PORT", m.group(2) == null ? "5432" : m.group(2));
      env.put("ACADEMY_DB_NAME", m.group(3));
      env.put("ACADEMY_DB_USER", options.pgUser());
      env.put("ACADEMY_DB_PASSWORD", options.pgPassword());
      env.put("ACADEMY_PASSPORT_SCHEMA", options.pgSchema());
      env.put("ACADEMY_CATALOGUE_SCHEMA", catalogueSchema());
      return env;
    }

    /** bench_passport → bench_catalogue: the catalogue service's schema beside the loaded one. */
    String catalogueSchema() {
      String schema = options.pgSchema();
      return schema.endsWith("_passport")
          ? schema.substring(0, schema.length() - "passport".length()) + "catalogue"
          : schema + "_catalogue";
    }

    /** The loaded schema stays as it is; the catalogue starts empty (its service migrates it). */
    @Override
    void prepareForPlatform(Path data) throws SQLException {
      try (Connection c =
              DriverManager.getConnection(options.pgUrl(), options.pgUser(), options.pgPassword());
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + catalogueSchema() + " CASCADE");
      }
    }
  }
}
