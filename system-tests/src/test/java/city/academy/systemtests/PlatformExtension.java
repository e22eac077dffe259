package city.academy.systemtests;

import city.academy.launcher.Database;
import city.academy.launcher.Platform;
import city.academy.launcher.PlatformSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the whole platform once per test run, with a fresh database and data folder, and stops
 * it when the run ends. Which database: system property {@code academy.it.db} ({@code h2} or
 * {@code postgres}); port: {@code academy.it.port}.
 *
 * <pre>{@code @ExtendWith(PlatformExtension.class) class SomethingIT { ... PlatformExtension.baseUrl() ... }}</pre>
 */
public final class PlatformExtension implements BeforeAllCallback {

  private static volatile Running running;

  /** The started platform; closed by JUnit when the whole run ends. */
  private record Running(Platform platform, Path data) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    @Override
    public void close() {
      platform.close();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    synchronized (PlatformExtension.class) {
      if (running == null) {
        Running started = start();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(PlatformExtension.class, started);
        running = started;
      }
    }
  }

  private static Running start() throws Exception {
    Path repository = PlatformSettings.findRepository(Path.of(""));
    Database database = Database.parse(System.getProperty("academy.it.db", "h2"));
    int port = Integer.getInteger("academy.it.port", 18080);
    Path data = repository.resolve("system-tests/target/platform-" + database.name().toLowerCase());
    deleteTree(data);
    Map<String, String> env = new java.util.HashMap<>(System.getenv());
    env.put("ACADEMY_DB", database.name());
    env.put("ACADEMY_DATA_DIR", data.toString());
    env.put("ACADEMY_PORT", Integer.toString(port));
    env.put("ACADEMY_GRID_PORT", Integer.toString(port + 1));
    env.put("ACADEMY_PASSPORT_SCHEMA", "it_passport");
    env.put("ACADEMY_CATALOGUE_SCHEMA", "it_catalogue");
    env.put("ACADEMY_JVM_OPTIONS", "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dacademy.reminders.automatic=false");
    env.put("ACADEMY_DEMO", "true");
    PlatformSettings settings = PlatformSettings.fromEnvironment(env, repository);
    if (database == Database.POSTGRES) {
      dropSchemas(settings, List.of("it_passport", "it_catalogue"));
    }
    Platform platform = startOnce(settings, data, 1);
    return new Running(platform, data);
  }

  /**
   * Starts the platform and waits for it; on a busy machine a start can stall, so one more try
   * (from a fresh data folder) before giving up.
   */
  private static Platform startOnce(PlatformSettings settings, Path data, int attempt) throws Exception {
    Platform platform = new Platform(settings);
    long started = System.nanoTime();
    platform.start(data.resolve("payara-" + attempt + ".log"));
    // If the test JVM is stopped before JUnit closes the store, the server goes with it.
    Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
    try {
      platform.awaitReady(Duration.ofMinutes(4));
    } catch (RuntimeException | InterruptedException e) {
      platform.close();
      if (attempt == 1) {
        System.out.printf("Platform not ready (%s); starting it once more%n", e.getMessage());
        if (settings.database() == Database.POSTGRES) {
          dropSchemas(settings, List.of("it_passport", "it_catalogue"));
        }
        deleteTree(data.resolve("db"));
        return startOnce(settings, data, 2);
      }
      throw new IllegalStateException(e.getMessage() + " See " + data.resolve("payara-" + attempt + ".log"), e);
    }
    System.out.printf("Platform on %s ready in %d ms (pid %d, attempt %d)%n",
        settings.database(), (System.nanoTime() - started) / 1_000_000, platform.pid(), attempt);
    return platform;
  }

  /** Drops PostgreSQL schemas (for a fresh start), in the database the settings name. */
  public static void dropSchemas(PlatformSettings settings, List<String> schemas) throws Exception {
    var pg = settings.postgres();
    String url = "jdbc:postgresql://" + pg.host() + ":" + pg.port() + "/" + pg.database();
    try (Connection connection = DriverManager.getConnection(url, pg.user(), pg.password());
        Statement statement = connection.createStatement()) {
      for (String schema : schemas) {
        statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  /** Deletes a folder and everything in it, if it is there. */
  public static void deleteTree(Path root) throws Exception {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** e.g. {@code http://127.0.0.1:18080} */
  public static String baseUrl() {
    return running.platform().settings().baseUrl();
  }

  /** The platform's data folder (keys, logs, H2 files). */
  public static Path dataDirectory() {
    return running.data();
  }

  public static Database database() {
    return running.platform().settings().database();
  }
}
