package city.academy.bench.failover;

import city.academy.bench.load.LoadAccount;
import city.academy.bench.load.LoadAccounts;
import city.academy.bench.load.LoadCheck;
import city.academy.bench.load.LoadCheckReport;
import city.academy.bench.load.LoadResult;
import city.academy.bench.load.PortalLoad;
import city.academy.launcher.Cluster;
import city.academy.launcher.LoadBalancer;
import city.academy.launcher.PlatformSettings;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./cluster.sh test}: starts the platform as a cluster (two instances by default) behind
 * nginx on fresh PostgreSQL schemas with the demo city, then
 *
 * <ol>
 *   <li>measures throughput with one instance taking requests, then with all of them (the same
 *       closed load, no think time; the ratio is the figure, the machine's absolute speed is not);
 *   <li>drives a steady mixed portal load (sign-ins, searches, bookings and cancellations, passports,
 *       HR transfer checks) for {@code --seconds}, kills one instance with SIGKILL half-way and starts
 *       it again;
 *   <li>checks what must hold: no booking lost or twice, no session over its places, every booking
 *       and cancellation the portal confirmed in the database, nobody sent back to sign in, fewer
 *       than 1% of requests failed in the 30 s after the kill and none after that.
 * </ol>
 *
 * Exits 1 when anything that must hold did not. Options {@code --name=value}: instances (2), users
 * (20), seconds (120), think-ms (1000), throughput-seconds (40), throughput-users (16), port (18700:
 * nginx; members on the next ports, data grid on 18720 + n), pg-url, pg-user, keep (leave the
 * schemas).
 */
public final class FailoverRun {
  static final String PASSPORT_SCHEMA = "failover_passport";
  static final String CATALOGUE_SCHEMA = "failover_catalogue";
  /** The window after the kill in which fewer than 1% of requests may fail; none may after it. */
  static final Duration RECOVERY = Duration.ofSeconds(30);
  static final double MAX_ERROR_RATE = 0.01;

  private FailoverRun() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    int instances = Integer.parseInt(options.getOrDefault("instances", "2"));
    int users = Integer.parseInt(options.getOrDefault("users", "20"));
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "120"));
    Duration think = Duration.ofMillis(Long.parseLong(options.getOrDefault("think-ms", "1000")));
    int throughputSeconds = Integer.parseInt(options.getOrDefault("throughput-seconds", "40"));
    int throughputUsers = Integer.parseInt(options.getOrDefault("throughput-users", "16"));
    int port = Integer.parseInt(options.getOrDefault("port", "18700"));
    String pgUrl = options.getOrDefault("pg-url", "jdbc:postgresql://127.0.0.1:5432/test");
    String pgUser = options.getOrDefault("pg-user", "postgres");
    Path repository = PlatformSettings.findRepository(Path.of(""));
    Path data = repository.resolve("bench/target/failover-data");
    PrintStream out = System.out;

    dropSchemas(pgUrl, pgUser);
    deleteRecursively(data);
    Map<String, String> env = new LinkedHashMap<>();
    env.put("ACADEMY_DB", "postgres");
    env.put("ACADEMY_PASSPORT_SCHEMA", PASSPORT_SCHEMA);
    env.put("ACADEMY_CATALOGUE_SCHEMA", CATALOGUE_SCHEMA);
    env.put("ACADEMY_DATA_DIR", data.toString());
    env.put("ACADEMY_PORT", Integer.toString(port));
    env.put("ACADEMY_GRID_PORT", Integer.toString(port + 20));
    env.put("ACADEMY_DB_POOL_MAX", "16");
    env.put("ACADEMY_JVM_OPTIONS", options.getOrDefault("jvm", "-Xmx768m"));
    PlatformSettings settings = PlatformSettings.fromEnvironment(env, repository);

    List<String> failures = new ArrayList<>();
    long started = System.nanoTime();
    try (Cluster cluster = Cluster.of(settings, instances, System.getenv().getOrDefault("ACADEMY_NGINX", LoadBalancer.DEFAULT_NGINX))) {
      cluster.start();
      out.printf("Cluster of %d ready in %.0f s behind %s (logs in %s)%n", instances, secondsSince(started), cluster.url(), cluster.logs());
      List<LoadAccount> accounts;
      try (Connection passport = connect(pgUrl, pgUser, PASSPORT_SCHEMA)) {
        accounts = LoadAccounts.prepare(passport, users + throughputUsers + 8);
      }
      // separate people for the two parts: the failover run's ledger is then the whole story of its people
      List<LoadAccount> failoverAccounts = accounts.subList(0, users);
      List<LoadAccount> throughputAccounts = accounts.subList(users, users + throughputUsers);
      URI portal = URI.create(cluster.url());

      // 1. throughput: one instance taking requests, then all
      warmUp(portal, throughputAccounts, throughputUsers);
      for (int i = 1; i < instances; i++) {
        cluster.stopMember(i);
      }
      LoadResult one = run(portal, throughputAccounts, throughputUsers, Duration.ZERO, throughputSeconds);
      for (int i = 1; i < instances; i++) {
        cluster.startMember(i);
      }
      for (int i = 1; i < instances; i++) {
        cluster.awaitReady(i);
      }
      cluster.awaitTakingRequests(instances, Duration.ofSeconds(30));
      warmUp(portal, throughputAccounts, throughputUsers);
      LoadResult all = run(portal, throughputAccounts, throughputUsers, Duration.ZERO, throughputSeconds);
      out.println();
      out.println("== Throughput (closed load of " + throughputUsers + " users, no think time, " + throughputSeconds + " s each)");
      out.printf("   1 instance : %8.1f requests/s, p50 %.0f ms, p99 %.0f ms  (%d failed)%n", one.requestsPerSecond(), one.p50Millis(), one.p99Millis(), one.failed());
      out.printf("   %d instances: %8.1f requests/s, p50 %.0f ms, p99 %.0f ms  (%d failed)%n", instances, all.requestsPerSecond(), all.p50Millis(), all.p99Millis(), all.failed());
      out.printf("   ratio %d:1 = %.2f  (load average %s; the load generator shares the machine's 2 cores)%n",
          instances, all.requestsPerSecond() / one.requestsPerSecond(), loadAverage());

      // 2. the failover run, once what the throughput part asked for has settled
      Thread.sleep(15_000);
      PortalLoad load = new PortalLoad(portal, failoverAccounts, users, think);
      load.start();
      long loadStarted = System.nanoTime();
      Thread.sleep(seconds * 1000L / 2);
      long killedAt = System.nanoTime();
      int victim = 0;
      out.printf("%n== Killing %s (pid %d) with SIGKILL at %.1f s of %d%n", cluster.name(victim), cluster.pid(victim),
          (killedAt - loadStarted) / 1e9, seconds);
      cluster.kill(victim);
      cluster.startMember(victim);
      long remaining = seconds * 1000L - (System.nanoTime() - loadStarted) / 1_000_000;
      Thread.sleep(Math.max(0, remaining));
      LoadResult result = load.stop();
      Thread.sleep(3000); // requests the load gave up on may still finish on the server
      boolean rejoined = cluster.isRunning(victim);
      try {
        cluster.awaitReady(victim);
        cluster.awaitTakingRequests(instances, Duration.ofSeconds(30));
      } catch (RuntimeException e) {
        rejoined = false;
      }
      out.println();
      out.println("== Failover run: " + users + " users, think time " + think.toMillis() + " ms, " + seconds + " s");
      result.print(out);
      Path timeline = repository.resolve("bench/target/failover-timeline.csv");
      try (PrintStream csv = new PrintStream(Files.newOutputStream(timeline))) {
        result.printTimeline(csv);
      }
      out.println("   per-second timeline: " + timeline);
      double killSecond = (killedAt - loadStarted) / 1e9;
      Window window = Window.of(result, killSecond, RECOVERY.toSeconds());
      out.printf("   in the %d s after the kill: %d of %d requests failed (%.2f%%); after that: %d of %d%n",
          RECOVERY.toSeconds(), window.failedDuring(), window.requestsDuring(), 100.0 * window.rateDuring(),
          window.failedAfter(), window.requestsAfter());
      out.printf("   the killed instance %s taking requests again%n", rejoined ? "was" : "was NOT");

      LoadCheckReport check;
      try (Connection catalogue = connect(pgUrl, pgUser, CATALOGUE_SCHEMA)) {
        check = LoadCheck.check(catalogue, result);
      }
      out.println();
      out.println("== What the database shows");
      check.print(out);

      if (window.rateDuring() >= MAX_ERROR_RATE) {
        failures.add(String.format("%.2f%% of requests failed in the %d s after the kill (at most 1%%)", 100.0 * window.rateDuring(), RECOVERY.toSeconds()));
      }
      if (window.failedAfter() > 0) {
        failures.add(window.failedAfter() + " requests failed more than " + RECOVERY.toSeconds() + " s after the kill");
      }
      if (!result.lostSignIns().isEmpty()) {
        failures.add(result.lostSignIns().size() + " times a signed-in user was sent back to sign in: " + result.lostSignIns());
      }
      if (!result.rolesLost().isEmpty()) {
        failures.add(result.rolesLost().size() + " times a signed-in user was refused pages they may see: " + result.rolesLost());
      }
      long failedRetries = result.retries().size() - result.retriesSucceeded();
      if (failedRetries > 0) {
        failures.add(failedRetries + " retries of a failed request failed again");
      }
      if (!result.generatorErrors().isEmpty()) {
        failures.add("the load generator could not read " + result.generatorErrors().size() + " pages: " + result.generatorErrors());
      }
      if (!check.ok()) {
        failures.add(check.violations().size() + " database check(s) failed: " + check.violations());
      }
      if (!rejoined) {
        failures.add("the killed instance did not take requests again");
      }
      if (result.bookingsMade() == 0) {
        failures.add("no booking was made: the load did not exercise booking");
      }
    } finally {
      if (!options.containsKey("keep")) {
        dropSchemas(pgUrl, pgUser);
      }
    }
    out.println();
    if (failures.isEmpty()) {
      out.printf("FAILOVER TEST PASSED (%.0f s in all)%n", secondsSince(started));
    } else {
      out.println("FAILOVER TEST FAILED:");
      failures.forEach(f -> out.println("  - " + f));
      System.exit(1);
    }
  }

  /** Failures and requests in the recovery window after the kill, and after it. */
  record Window(long requestsDuring, long failedDuring, long requestsAfter, long failedAfter) {
    double rateDuring() {
      return requestsDuring == 0 ? 0 : (double) failedDuring / requestsDuring;
    }

    static Window of(LoadResult result, double killSecond, long recoverySeconds) {
      long requestsDuring = 0;
      long failedDuring = 0;
      long requestsAfter = 0;
      long failedAfter = 0;
      for (LoadResult.Second second : result.timeline()) {
        if (second.second() < Math.floor(killSecond)) {
          continue;
        }
        if (second.second() < killSecond + recoverySeconds) {
          requestsDuring += second.completed() + second.failed();
          failedDuring += second.failed();
        } else {
          requestsAfter += second.completed() + second.failed();
          failedAfter += second.failed();
        }
      }
      return new Window(requestsDuring, failedDuring, requestsAfter, failedAfter);
    }
  }

  private static LoadResult run(URI portal, List<LoadAccount> accounts, int users, Duration think, int seconds)
      throws InterruptedException {
    PortalLoad load = new PortalLoad(portal, accounts, users, think);
    load.start();
    Thread.sleep(seconds * 1000L);
    return load.stop();
  }

  /** A short load first, so that neither measurement pays for the instances' first compilations. */
  private static void warmUp(URI portal, List<LoadAccount> accounts, int users) throws InterruptedException {
    run(portal, accounts, users, Duration.ZERO, 15);
  }

  private static Connection connect(String url, String user, String schema) throws SQLException {
    Connection connection = DriverManager.getConnection(url, user, "");
    connection.setSchema(schema);
    return connection;
  }

  private static void dropSchemas(String url, String user) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + PASSPORT_SCHEMA + " CASCADE");
      s.execute("DROP SCHEMA IF EXISTS " + CATALOGUE_SCHEMA + " CASCADE");
    }
  }

  private static void deleteRecursively(Path folder) throws Exception {
    if (!Files.exists(folder)) {
      return;
    }
    try (var paths = Files.walk(folder)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static double secondsSince(long nanos) {
    return (System.nanoTime() - nanos) / 1e9;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (Exception e) {
      return "?";
    }
  }

  static Map<String, String> parse(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("Options are --name=value, not " + arg);
      }
      int eq = arg.indexOf('=');
      options.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "" : arg.substring(eq + 1));
    }
    return options;
  }
}
