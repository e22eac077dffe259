package city.academy.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything the platform needs to start, read from environment variables with defaults that run
 * out of the box (see README, "Running on PostgreSQL").
 *
 * @param repository the checkout: where config/ and the built WARs are
 * @param dataDirectory databases, keys, logs; survives restarts
 * @param httpPort port of the portal and the services
 * @param gridPort port of Payara's data grid (loopback only)
 * @param database H2 or PostgreSQL
 * @param postgres connection settings when on PostgreSQL
 * @param passportSchema PostgreSQL schema of the passport service
 * @param catalogueSchema PostgreSQL schema of the catalogue service
 * @param demoData load the demo city into an empty database
 * @param jvmOptions options for the Payara Micro JVM
 */
public record PlatformSettings(
    Path repository,
    Path dataDirectory,
    int httpPort,
    int gridPort,
    Database database,
    Postgres postgres,
    String passportSchema,
    String catalogueSchema,
    boolean demoData,
    List<String> jvmOptions) {

  /** Where PostgreSQL is. */
  public record Postgres(String host, int port, String database, String user, String password) {}

  public static final String ADDRESS = "127.0.0.1";

  public static PlatformSettings fromEnvironment(Map<String, String> env, Path repository) {
    Path data = Path.of(env.getOrDefault("ACADEMY_DATA_DIR", repository.resolve("data").toString()));
    return new PlatformSettings(
        repository,
        data.toAbsolutePath(),
        Integer.parseInt(env.getOrDefault("ACADEMY_PORT", "8080")),
        Integer.parseInt(env.getOrDefault("ACADEMY_GRID_PORT", "5900")),
        Database.parse(env.get("ACADEMY_DB")),
        new Postgres(
            env.getOrDefault("ACADEMY_DB_HOST", "127.0.0.1"),
            Integer.parseInt(env.getOrDefault("ACADEMY_DB_PORT", "5432")),
            env.getOrDefault("ACADEMY_DB_NAME", "test"),
            env.getOrDefault("ACADEMY_DB_USER", "postgres"),
            env.getOrDefault("ACADEMY_DB_PASSWORD", "")),
        env.getOrDefault("ACADEMY_PASSPORT_SCHEMA", "passport"),
        env.getOrDefault("ACADEMY_CATALOGUE_SCHEMA", "catalogue"),
        Boolean.parseBoolean(env.getOrDefault("ACADEMY_DEMO", "true")),
        List.of(env.getOrDefault("ACADEMY_JVM_OPTIONS", "-Xmx1g").split("\\s+")));
  }

  /** The checkout that contains this directory (or a parent of it). */
  public static Path findRepository(Path start) {
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("config/payara")) && Files.exists(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("Run this inside the project checkout (no config/payara found above " + start + ").");
  }

  public String baseUrl() {
    return "http://" + ADDRESS + ":" + httpPort;
  }

  public PlatformSettings withPort(int http, int grid) {
    return new PlatformSettings(repository, dataDirectory, http, grid, database, postgres, passportSchema, catalogueSchema, demoData, jvmOptions);
  }
}
