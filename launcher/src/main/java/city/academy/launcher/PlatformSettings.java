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
 * @param cluster this instance's name and the data-grid addresses of the cluster it joins; a
 *     standalone instance has no members and joins nothing
 * @param publicUrl the address people use (a load balancer's, for a cluster); {@code null} means
 *     this instance's own address
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
    List<String> jvmOptions,
    Cluster cluster,
    String publicUrl) {

  /**
   * Membership of a Payara cluster (its data grid) by TCP/IP on fixed addresses: never multicast
   * or any other discovery that sends packets beyond the listed addresses.
   *
   * @param instanceName this instance's name in the cluster (and in its logs)
   * @param members data-grid addresses ({@code 127.0.0.1:5901}) of every instance, this one too
   */
  public record Cluster(String instanceName, List<String> members) {
    public Cluster {
      members = members == null ? List.of() : List.copyOf(members);
      for (String member : members) {
        if (!member.matches("[^:,\\s]+:\\d{1,5}")) {
          throw new IllegalArgumentException("A cluster member is an address and port such as 127.0.0.1:5901, not '" + member + "'.");
        }
      }
    }

    /** No cluster: the instance runs on its own. */
    public static final Cluster STANDALONE = new Cluster("academy", List.of());

    public boolean clustered() {
      return !members.isEmpty();
    }

    static Cluster parse(String members, String instanceName) {
      if (members == null || members.isBlank()) {
        return instanceName == null || instanceName.isBlank() ? STANDALONE : new Cluster(instanceName, List.of());
      }
      return new Cluster(
          instanceName == null || instanceName.isBlank() ? "academy" : instanceName,
          List.of(members.trim().split("\\s*,\\s*")));
    }
  }

  /**
   * Where PostgreSQL is, and how many connections each service's pool may hold (each instance has
   * two pools: {@code 2 × poolMax} connections an instance at most; docs/operations.md, "Database
   * connections").
   */
  public record Postgres(String host, int port, String database, String user, String password, int poolMax) {}

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
            env.getOrDefault("ACADEMY_DB_PASSWORD", ""),
            Integer.parseInt(env.getOrDefault("ACADEMY_DB_POOL_MAX", "32"))),
        env.getOrDefault("ACADEMY_PASSPORT_SCHEMA", "passport"),
        env.getOrDefault("ACADEMY_CATALOGUE_SCHEMA", "catalogue"),
        Boolean.parseBoolean(env.getOrDefault("ACADEMY_DEMO", "true")),
        List.of(env.getOrDefault("ACADEMY_JVM_OPTIONS", "-Xmx1g").split("\\s+")),
        Cluster.parse(env.get("ACADEMY_CLUSTER_MEMBERS"), env.get("ACADEMY_INSTANCE")),
        blankToNull(env.get("ACADEMY_PUBLIC_URL")));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
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

  /** This instance's own address. */
  public String baseUrl() {
    return "http://" + ADDRESS + ":" + httpPort;
  }

  /** The address people use: the load balancer's in a cluster, else this instance's. */
  public String publicBaseUrl() {
    return publicUrl == null ? baseUrl() : publicUrl;
  }

  public PlatformSettings withPort(int http, int grid) {
    return new PlatformSettings(repository, dataDirectory, http, grid, database, postgres, passportSchema, catalogueSchema, demoData, jvmOptions, cluster, publicUrl);
  }

  /** The same platform as one member of a cluster: its own ports and name, the shared public address. */
  public PlatformSettings asMember(String instanceName, int http, int grid, List<String> members, String publicAddress) {
    return new PlatformSettings(repository, dataDirectory, http, grid, database, postgres, passportSchema, catalogueSchema, demoData, jvmOptions, new Cluster(instanceName, members), publicAddress);
  }
}
