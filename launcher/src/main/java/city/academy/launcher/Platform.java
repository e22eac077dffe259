package city.academy.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * One Payara Micro process running the three WARs: the portal at {@code /}, the passport service
 * at {@code /passport}, the catalogue service at {@code /catalogue}.
 */
public final class Platform implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Platform.class.getName());

  /** The WARs, by context root. */
  public static final Map<String, String> APPLICATIONS = new LinkedHashMap<>();

  static {
    // The portal last: Payara answers /health for whatever is deployed so far.
    APPLICATIONS.put("/passport", "passport-service/target/passport-service.war");
    APPLICATIONS.put("/catalogue", "catalogue-service/target/catalogue-service.war");
    APPLICATIONS.put("/", "academy-web/target/academy-web.war");
  }

  private final PlatformSettings settings;
  private Process process;

  public Platform(PlatformSettings settings) {
    this.settings = settings;
  }

  public PlatformSettings settings() {
    return settings;
  }

  /**
   * Starts Payara Micro.
   *
   * @param log file for the server's output, or {@code null} to share this process's console
   */
  public Platform start(Path log) throws IOException {
    List<String> command = command();
    ProcessBuilder builder = new ProcessBuilder(command).directory(settings.repository().toFile());
    if (log == null) {
      builder.inheritIO();
    } else {
      Files.createDirectories(log.getParent());
      // appended: a member started again keeps the log of its earlier life
      builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    }
    LOG.fine(() -> "Starting: " + String.join(" ", command));
    process = builder.start();
    return this;
  }

  /** The boot command files and keys the server needs, written into the data folder. */
  record Prepared(Path keys, Path preBoot, Path postBoot) {}

  Prepared prepare() throws IOException {
    Path data = settings.dataDirectory();
    if (settings.cluster().clustered() && settings.database() == Database.H2) {
      throw new IllegalStateException("A cluster shares one PostgreSQL database: set ACADEMY_DB=postgres.");
    }
    Path boot = instanceDirectory("payara");
    Files.createDirectories(boot);
    Path keys = data.resolve("keys");
    TokenKeys.ensure(keys);
    Files.createDirectories(data.resolve("db"));

    Map<String, String> values = new LinkedHashMap<>();
    values.put("HTTP_ADDRESS", PlatformSettings.ADDRESS);
    values.put("GRID_PORT", Integer.toString(settings.gridPort()));
    values.put("H2_PASSPORT_URL", h2Url(data.resolve("db/passport")));
    values.put("H2_CATALOGUE_URL", h2Url(data.resolve("db/catalogue")));
    var pg = settings.postgres();
    values.put("PG_HOST", pg.host());
    values.put("PG_PORT", Integer.toString(pg.port()));
    values.put("PG_DATABASE", pg.database());
    values.put("PG_USER", pg.user());
    values.put("PG_PASSWORD", pg.password());
    values.put("POOL_MAX", Integer.toString(pg.poolMax()));
    values.put("PASSPORT_SCHEMA", settings.passportSchema());
    values.put("CATALOGUE_SCHEMA", settings.catalogueSchema());

    Path config = settings.repository().resolve("config/payara");
    Path preBoot = BootCommands.write(config.resolve("pre-boot.asadmin"), boot.resolve("pre-boot.asadmin"), values);
    String postBootTemplate = settings.database() == Database.H2 ? "post-boot-h2.asadmin" : "post-boot-postgres.asadmin";
    Path postBoot = BootCommands.write(config.resolve(postBootTemplate), boot.resolve("post-boot.asadmin"), values);
    return new Prepared(keys, preBoot, postBoot);
  }

  /**
   * A folder of this instance's own in the data folder: {@code data/<name>} standalone, {@code
   * data/<name>/<instance>} for a cluster member (members share the data folder's keys, imports
   * and credential keys, but not their boot files or temporary files).
   */
  private Path instanceDirectory(String name) {
    Path folder = settings.dataDirectory().resolve(name);
    return settings.cluster().clustered() ? folder.resolve(settings.cluster().instanceName()) : folder;
  }

  /** The full command line; writes the boot command files and keys it refers to. */
  List<String> command() throws IOException {
    Prepared prepared = prepare();
    Path keys = prepared.keys();
    Path preBoot = prepared.preBoot();
    Path postBoot = prepared.postBoot();
    Path data = settings.dataDirectory();

    Path runtime = settings.repository().resolve("launcher/target/runtime");
    Path payara = runtime.resolve("payara-micro.jar");
    if (!Files.exists(payara)) {
      throw new IllegalStateException(payara + " is missing: build first (./mvnw -DskipTests package).");
    }

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(settings.jvmOptions());
    // the services are called on this instance's own address; people use the public one
    String portal = settings.baseUrl();
    boolean onPostgres = settings.database() == Database.POSTGRES;
    command.add("-Dacademy.passport.db.schema=" + (onPostgres ? settings.passportSchema() : ""));
    command.add("-Dacademy.catalogue.db.schema=" + (onPostgres ? settings.catalogueSchema() : ""));
    command.add("-Dacademy.demo.enabled=" + settings.demoData());
    command.add("-Dmp.jwt.verify.publickey.location=" + keys.resolve(TokenKeys.PUBLIC_KEY).toUri());
    command.add("-Dacademy.token.private-key.location=" + keys.resolve(TokenKeys.PRIVATE_KEY));
    command.add("-Dpassport/mp-rest/url=" + portal + "/passport");
    command.add("-Dcatalogue/mp-rest/url=" + portal + "/catalogue");
    // With the pre-boot file's interface setting, keeps the data grid on the loopback interface.
    command.add("-Dhazelcast.socket.bind.any=false");
    command.add("-Djava.io.tmpdir=" + Files.createDirectories(instanceDirectory("tmp")));
    command.add("-Dacademy.passport.imports.directory=" + data.resolve("imports"));
    command.add("-Dacademy.passport.credentials.keys-directory=" + data.resolve("credential-keys"));
    command.add("-Dacademy.public-url=" + settings.publicBaseUrl());
    if (settings.cluster().clustered()) {
      // on SIGTERM: not ready at once, then time for the load balancer to notice and requests to finish
      command.add("-Dacademy.shutdown.drain-seconds=" + Cluster.DRAIN.toSeconds());
      // the data grid (where the sessions are) stops when Payara has undeployed the applications,
      // not at once on its own shutdown hook while requests still need it
      command.add("-Dhazelcast.shutdownhook.enabled=false");
    }
    if (settings.jvmOptions().stream().noneMatch(o -> o.startsWith("-Dacademy.mail.folder="))) {
      // the embedded default's email: one .eml file a message, in the data folder
      command.add("-Dacademy.mail.folder=" + data.resolve("outbox"));
    }
    // JSON-P's provider named once: otherwise every Json.createReader (the token check of each
    // request does several) searches the class path for a provider
    command.add("-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl");
    command.add("-jar");
    command.add(payara.toString());
    command.addAll(clusterArguments(settings.cluster()));
    command.add("--port");
    command.add(Integer.toString(settings.httpPort()));
    command.add("--prebootcommandfile");
    command.add(preBoot.toString());
    command.add("--postbootcommandfile");
    command.add(postBoot.toString());
    if (onPostgres) {
      command.add("--addlibs");
      command.add(runtime.resolve("postgresql.jar").toString());
    }
    for (var application : APPLICATIONS.entrySet()) {
      Path war = settings.repository().resolve(application.getValue());
      if (!Files.exists(war)) {
        throw new IllegalStateException(war + " is missing: build first (./mvnw -DskipTests package).");
      }
      command.add("--deploy");
      command.add(war + ":" + application.getKey());
    }
    return command;
  }

  /**
   * Standalone: {@code --nocluster}, so the data grid looks for nobody. A member: TCP/IP discovery
   * of the listed addresses only (Payara Micro's default, multicast, is never used), under the
   * instance's name.
   */
  static List<String> clusterArguments(PlatformSettings.Cluster cluster) {
    if (!cluster.clustered()) {
      return List.of("--nocluster");
    }
    return List.of(
        "--clustermode", "tcpip:" + String.join(",", cluster.members()),
        "--clustername", "academy",
        "--interfaces", PlatformSettings.ADDRESS,
        "--name", cluster.instanceName());
  }

  /** An H2 file database URL; options after ';' would need escaping in asadmin, so none. */
  static String h2Url(Path file) {
    return "jdbc\\:h2\\:file\\:" + file.toAbsolutePath();
  }

  /** Waits until every service reports ready and the portal answers. */
  public void awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String base = settings.baseUrl();
    while (System.nanoTime() < deadline) {
      if (process != null && !process.isAlive()) {
        throw new IllegalStateException("Payara Micro stopped during start-up (exit code " + process.exitValue() + ").");
      }
      if (isReady(base)) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("The platform was not ready within " + timeout.toSeconds() + " s.");
  }

  /** Both services' readiness checks: until they are listed, a service is not deployed yet. */
  static final List<String> READINESS_CHECKS = List.of("passport-database", "catalogue-database");

  /** Both services ready (database up, migrations run) and the portal's sign-in page answering. */
  static boolean isReady(String base) {
    return answers(base + "/health/ready", READINESS_CHECKS) && answers(base + "/login.xhtml", List.of());
  }

  /**
   * One look, on a connection of its own that is closed afterwards: a connection kept from before
   * an instance was killed and started again must not hang the next look (seen with a long-lived
   * {@code java.net.http.HttpClient}: the gate then never saw the new instance ready).
   */
  private static boolean answers(String url, List<String> mustMention) {
    HttpURLConnection connection = null;
    try {
      connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
      connection.setConnectTimeout(2000);
      connection.setReadTimeout(5000);
      connection.setUseCaches(false);
      connection.setRequestProperty("Connection", "close");
      if (connection.getResponseCode() != 200) {
        return false;
      }
      try (InputStream body = connection.getInputStream()) {
        String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        return mustMention.stream().allMatch(text::contains);
      }
    } catch (IOException e) {
      return false;
    } finally {
      if (connection != null) {
        connection.disconnect();
      }
    }
  }

  public long pid() {
    return process.pid();
  }

  public boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** Waits for the server to stop by itself (the run command). */
  public int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  /** Kills Payara Micro at once (SIGKILL), as a crash or a lost machine would: nothing is finished. */
  public void kill() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** Stops Payara Micro: politely, then firmly after 30 seconds. */
  @Override
  public void close() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
