package city.academy.bench;

import city.academy.launcher.Platform;
import city.academy.launcher.PlatformSettings;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue's apprenticeship reports on the full city's cohorts ({@code --suite=apprenticeships}).
 * Goal (from the issue): the city-wide report over all cohorts renders in under a second.
 *
 * <ol>
 *   <li><b>the data</b>: the platform starts on empty databases with its demo data on and
 *       {@code -Dacademy.demo.apprenticeships=city}, so the catalogue's own demo loader
 *       ({@code DemoApprenticeships}) enrols the full city's cohorts through the domain (about a
 *       thousand apprentices with their journeys, off-the-job hours, reviews and equality answers);
 *       the suite reports the loader's time from the server log and the rows per table;
 *   <li><b>one client</b>, after a warm-up: {@code GET /catalogue/api/apprenticeships/report} (JSON)
 *       N times, each call followed by the two <b>baselines</b>: the SQL the report's data needs,
 *       run directly over JDBC on the same database (every row and column of apprentices left-joined
 *       to their equality answers), and {@code GET /health/live} of the same server; then the same
 *       for the CSV and the spreadsheet of the city report and for the largest cohort's report:
 *       median, p95, max;
 *   <li><b>concurrent</b>: M clients in a closed loop on the city report (JSON): throughput, p95.
 * </ol>
 *
 * <p>On H2 the server holds its database file, so the platform is stopped once after the load, the
 * file copied for the bench's own baseline reads, and the platform started again on the same data
 * folder (the loader finds its programmes and does nothing). Everything listens on 127.0.0.1 only;
 * the server is stopped at the end, failure or not.
 */
final class ApprenticeshipBench {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String REPORT = "/catalogue/api/apprenticeships/report";
  /** The SQL the city report's data needs (the service's JPQL adds the order by name). */
  static final String BASELINE_SQL =
      "select a.*, e.* from apprentice a left join equality_declaration e on e.person_id = a.person_id";
  static final String[] TABLES = {"apprenticeship_programme", "apprenticeship_cohort", "apprentice", "apprentice_status_change",
      "otj_entry", "progress_review", "equality_declaration"};
  private static final Pattern LOADED =
      Pattern.compile("Demo apprenticeships loaded \\((\\w+)\\): (\\d+) apprentices in ([0-9.]+) s");
  private static final double GOAL_MS = 1000;

  private final Options options;
  private final Options.Service service;
  private final Options.Apprenticeships suite;
  private final Target target;
  private final Report report;
  private ServiceTokens tokens;
  private String token;
  private long signedAt;
  private int baselineRun;

  ApprenticeshipBench(Options options, Target target, Report report) {
    this.options = options;
    this.service = options.service();
    this.suite = options.apprenticeships();
    this.target = target;
    this.report = report;
  }

  private Path data() {
    return options.target().resolve("platform-" + options.db() + "-apprenticeships");
  }

  /** H2: the bench's copy of the server's catalogue file, read by the baseline while the server holds its own. */
  private Path h2Copy() {
    return options.target().resolve("bench-h2-apprenticeships");
  }

  private Connection connect() throws SQLException {
    if (target instanceof Target.Postgres pg) {
      String sep = options.pgUrl().contains("?") ? "&" : "?";
      return DriverManager.getConnection(options.pgUrl() + sep + "currentSchema=" + pg.catalogueSchema(), options.pgUser(),
          options.pgPassword());
    }
    return DriverManager.getConnection("jdbc:h2:file:" + h2Copy().resolve("catalogue"), "sa", "sa");
  }

  void run() throws Exception {
    report.line("APPRENTICESHIPS", String.format("the city-wide apprenticeship report over all cohorts (goal: under 1 s);"
        + " server -Xmx%s; %d requests or %d s per endpoint, 1 client; then %d clients for %d s", service.heap(), suite.requests(),
        suite.seconds(), suite.clients(), suite.concurrentSeconds()));

    // 1. empty databases, and the platform with the demo loaders on at city scale
    Path data = data();
    ServiceBench.deleteRecursively(data);
    Files.createDirectories(data);
    Map<String, String> env = new LinkedHashMap<>(target.platformEnvironment());
    if (target instanceof Target.Postgres pg) {
      try (Connection c = DriverManager.getConnection(options.pgUrl(), options.pgUser(), options.pgPassword());
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + options.pgSchema() + " CASCADE");
        s.execute("DROP SCHEMA IF EXISTS " + pg.catalogueSchema() + " CASCADE");
      }
      report.line("databases", "PostgreSQL schemas " + options.pgSchema() + " and " + pg.catalogueSchema()
          + " dropped; the services create and fill them");
    } else {
      ServiceBench.deleteRecursively(h2Copy());
      report.line("databases", "H2 files under " + data.resolve("db") + " (new); the services create and fill them");
    }
    report.line("cohorts", "generated by the catalogue's demo loader: full city, seed " + city.academy.city.CityGenerator.DEFAULT_SEED
        + ", as of the server's today (the --seed and --as-of options do not apply)");
    env.put("ACADEMY_DATA_DIR", data.toString());
    env.put("ACADEMY_PORT", Integer.toString(service.port()));
    env.put("ACADEMY_GRID_PORT", Integer.toString(service.gridPort()));
    env.put("ACADEMY_DEMO", "true");
    env.put("ACADEMY_JVM_OPTIONS", "-Xmx" + service.heap() + " -Dacademy.demo.apprenticeships=city");
    PlatformSettings settings = PlatformSettings.fromEnvironment(env, options.repo());
    Platform[] platform = {new Platform(settings)};
    Thread stopOnExit = new Thread(() -> platform[0].close(), "bench-stop-platform");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    try {
      Path log = data.resolve("server.log");
      long started = System.nanoTime();
      start(platform[0], log);
      double ready = Bench.seconds(started);
      report.line("server (first start, demo data loaded)", String.format("Payara Micro pid %d, ready in %.1f s at %s, %s, JVM %s,"
          + " log %s (load average %s)", platform[0].pid(), ready, settings.baseUrl(), settings.database(),
          String.join(" ", settings.jvmOptions()), log, Report.loadAverage()));
      report.line("demo apprenticeships loaded (server log)", loaderLine(log));

      if (!(target instanceof Target.Postgres)) {
        // the server holds its H2 file: stop, copy it for the baseline, start again on the same folder
        platform[0].close();
        Files.createDirectories(h2Copy());
        Files.copy(data.resolve("db/catalogue.mv.db"), h2Copy().resolve("catalogue.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        platform[0] = new Platform(settings);
        log = data.resolve("server-restart.log");
        started = System.nanoTime();
        start(platform[0], log);
        report.line("server (restarted, H2 file copied for the SQL baseline)", String.format(
            "Payara Micro pid %d, ready in %.1f s, log %s (load average %s)", platform[0].pid(), Bench.seconds(started), log,
            Report.loadAverage()));
      }
      long apprentices;
      try (Connection c = connect()) {
        StringBuilder counts = new StringBuilder();
        for (String table : TABLES) {
          counts.append(counts.length() == 0 ? "" : ", ").append(table).append(' ')
              .append(String.format("%,d", ServiceBench.count(c, "SELECT COUNT(*) FROM " + table)));
        }
        apprentices = ServiceBench.count(c, "SELECT COUNT(*) FROM apprentice");
        report.line("rows (JDBC)", counts.toString());
        report.line("database", c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion());
      }
      if (apprentices == 0) {
        throw new IllegalStateException("No apprentices were loaded: see " + data.resolve("server.log"));
      }

      tokens = new ServiceTokens(data.resolve("keys/token-private.pem"));
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
      measure(http, settings.baseUrl(), platform[0].pid(), apprentices);
      report.rule();
      report.line("load average at the end", Report.loadAverage() + " (1 minute; 2 would fill both cores)");
    } finally {
      platform[0].close();
      try {
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs anyway
      }
    }
  }

  /** Starts and waits (the city's cohorts take a while to load); on failure the log's tail and a stop. */
  private static void start(Platform platform, Path log) throws Exception {
    try {
      platform.start(log);
      platform.awaitReady(Duration.ofMinutes(20));
    } catch (Exception e) {
      System.err.println(ServiceBench.tail(log, 40));
      platform.close();
      throw e;
    }
  }

  private static String loaderLine(Path log) throws IOException {
    Matcher m = LOADED.matcher(Files.readString(log, StandardCharsets.UTF_8));
    if (!m.find()) {
      return "no \"Demo apprenticeships loaded\" line in the log (were there programmes already?)";
    }
    return String.format("%s apprentices (%s) in %s s, through the domain (JPA), inside the time to ready", m.group(2), m.group(1),
        m.group(3));
  }

  // ---------------------------------------------------------------------------------------------

  /** An academy admin's token, signed again when it is two minutes old (tokens live five). */
  private synchronized String admin() {
    if (token == null || Bench.seconds(signedAt) > 120) {
      token = tokens.academyAdmin();
      signedAt = System.nanoTime();
    }
    return token;
  }

  private HttpRequest get(String uri, String accept) {
    return HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + admin()).header("Accept", accept)
        .timeout(Duration.ofMinutes(5)).build();
  }

  private static byte[] send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      String body = new String(response.body(), StandardCharsets.UTF_8);
      throw new IllegalStateException("GET " + request.uri() + " answered " + response.statusCode() + ": "
          + body.substring(0, Math.min(500, body.length())));
    }
    return response.body();
  }

  /** One endpoint of the suite. */
  private record Endpoint(String name, String uri, String accept) {}

  /** What a sequential phase measured. */
  private record Timed(long[] sorted, long bytes, double seconds, long serverCpuNanos) {
    double median() {
      return Report.ms(Report.median(sorted));
    }

    double p95() {
      return Report.ms(Report.p95(sorted));
    }

    double max() {
      return Report.ms(sorted[sorted.length - 1]);
    }

    String figures() {
      return String.format("median %.1f ms, p95 %.1f ms, max %.1f ms", median(), p95(), max());
    }

    String cpu() {
      return serverCpuNanos < 0 ? "" : String.format("; server CPU %.1f ms per request", serverCpuNanos / 1e6 / sorted.length);
    }
  }

  private void measure(HttpClient http, String base, long pid, long apprentices) throws Exception {
    // the answers, once: what the report holds, and the largest cohort
    JsonObject city = ServiceBench.json(new String(send(http, get(base + REPORT, "application/json")), StandardCharsets.UTF_8));
    JsonObject cityRow = city.getJsonObject("city");
    report.line("city report check", String.format("as of %s: %d cohorts, %d programmes, %,d apprentices (SQL %,d: %s),"
            + " %,d in learning, %,d withdrawn, %,d achieved, %,d behind on hours, %,d reviews overdue", city.getString("asOf"),
        city.getJsonArray("cohorts").size(), city.getJsonArray("programmes").size(), cityRow.getJsonNumber("apprentices").longValue(),
        apprentices, cityRow.getJsonNumber("apprentices").longValue() == apprentices ? "same" : "DIFFERENT",
        cityRow.getJsonNumber("inLearning").longValue(), cityRow.getJsonNumber("withdrawn").longValue(),
        cityRow.getJsonNumber("achieved").longValue(), cityRow.getJsonNumber("behind").longValue(),
        cityRow.getJsonNumber("overdueReviews").longValue()));
    long largest = -1;
    long largestSize = -1;
    String largestName = null;
    int cohorts = 0;
    for (int page = 0; ; page++) {
      JsonObject p = ServiceBench.json(new String(send(http, get(base + "/catalogue/api/apprenticeships/cohorts?size=100&page=" + page,
          "application/json")), StandardCharsets.UTF_8));
      for (JsonObject c : p.getJsonArray("items").getValuesAs(JsonObject.class)) {
        cohorts++;
        long size = c.getJsonNumber("apprentices").longValue();
        if (size > largestSize) {
          largestSize = size;
          largest = c.getJsonNumber("id").longValue();
          largestName = c.getString("name");
        }
      }
      if ((page + 1) * 100L >= p.getJsonNumber("total").longValue() || p.getJsonArray("items").isEmpty()) {
        break;
      }
    }
    report.line("largest cohort", String.format("%d \"%s\": %d apprentices (of %d cohorts)", largest, largestName, largestSize, cohorts));

    List<Endpoint> endpoints = List.of(
        new Endpoint("city report, JSON: GET " + REPORT, base + REPORT, "application/json"),
        new Endpoint("city report, CSV: GET " + REPORT + "/csv", base + REPORT + "/csv", "text/csv"),
        new Endpoint("city report, xlsx: GET " + REPORT + "/xlsx", base + REPORT + "/xlsx", XLSX),
        new Endpoint("cohort report, JSON: GET .../cohorts/" + largest + "/report",
            base + "/catalogue/api/apprenticeships/cohorts/" + largest + "/report", "application/json"));
    HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/health/live")).header("Accept", "application/json")
        .timeout(Duration.ofSeconds(30)).build();

    try (Connection c = connect()) {
      c.setAutoCommit(true);
      // warm-up: every endpoint and both baselines
      long started = System.nanoTime();
      int warm = 0;
      for (Endpoint e : endpoints) {
        long t0 = System.nanoTime();
        for (int n = 0; n < 200 && (n < 3 || Bench.seconds(t0) < service.warmupSeconds() / 4.0); n++) {
          send(http, get(e.uri(), e.accept()));
          warm++;
        }
      }
      for (int n = 0; n < 10; n++) {
        baseline(c);
        send(http, health);
      }
      report.line("warm-up (not counted)", String.format("%d report requests (at least 3 per endpoint, %.1f s each),"
          + " 10 SQL baselines, 10 health checks in %.1f s", warm, service.warmupSeconds() / 4.0, Bench.seconds(started)));

      // one client: the city report with both baselines after each call, then the other endpoints
      Path jfr = suite.jfr() ? options.target().resolve("apprenticeships-" + options.db() + ".jfr") : null;
      if (jfr != null) {
        Files.deleteIfExists(jfr);
        Bench.jcmd(pid, "JFR.start", "name=bench-apprenticeships", "settings=profile", "filename=" + jfr);
      }
      Timed[] interleaved = sequential(http, endpoints.get(0), pid, c, health);
      if (jfr != null) {
        Bench.jcmd(pid, "JFR.stop", "name=bench-apprenticeships");
      }
      Timed json = interleaved[0];
      Timed sql = interleaved[1];
      Timed live = interleaved[2];
      report.rule();
      report.line(endpoints.get(0).name(), line(json));
      report.line("baseline: the report's SQL over JDBC", String.format("%s (%,d rows, every column; %s)", sql.figures(),
          sql.bytes, BASELINE_SQL));
      report.line("baseline: GET /health/live, same server", String.format("%s (%,d bytes)", live.figures(), live.bytes
          / Math.max(1, live.sorted.length)) + live.cpu());
      report.line("ratio city report / SQL (median)", String.format("%.1f x", json.median() / sql.median()));
      report.line("ratio city report / health check (median)", String.format("%.1f x", json.median() / live.median()));
      Timed[] others = new Timed[3];
      for (int i = 1; i < endpoints.size(); i++) {
        others[i - 1] = sequential(http, endpoints.get(i), pid, null, null)[0];
        report.line(endpoints.get(i).name(), line(others[i - 1]));
      }
      report.line("ratio CSV / xlsx / cohort to city JSON (median)", String.format("%.2f / %.2f / %.2f", others[0].median() / json.median(),
          others[1].median() / json.median(), others[2].median() / json.median()));

      // concurrent: M clients on the city report
      HttpLoad.Result load = HttpLoad.run(http, "city report", suite.clients(), suite.concurrentSeconds(), 1_000_000, options.seed(),
          r -> get(endpoints.get(0).uri(), "application/json"));
      report.line("city report, " + suite.clients() + " clients for " + suite.concurrentSeconds() + " s", String.format(
          "%.2f req/s, median %.1f ms, p95 %.1f ms, max %.1f ms (%d requests, %d errors%s); one client: %.2f req/s",
          load.throughput(), load.medianMs(), load.sortedNanos().length == 0 ? Double.NaN : Report.ms(Report.p95(load.sortedNanos())),
          load.sortedNanos().length == 0 ? Double.NaN : Report.ms(load.sortedNanos()[load.sortedNanos().length - 1]), load.requests(),
          load.errors(), load.errors() > 0 ? "; first: " + load.firstError() : "", 1000 / json.median()));
      report.rule();
      report.line("GOAL city report (JSON) p95 < 1000 ms", String.format("%.1f ms: %s (median %.1f ms)", json.p95(),
          json.p95() < GOAL_MS ? "met" : "NOT met", json.median()));
      report.line("     CSV / xlsx p95 < 1000 ms", String.format("%.1f ms: %s; %.1f ms: %s", others[0].p95(),
          others[0].p95() < GOAL_MS ? "met" : "NOT met", others[1].p95(), others[1].p95() < GOAL_MS ? "met" : "NOT met"));
      report.line("     cohort report p95 < 1000 ms", String.format("%.1f ms: %s", others[2].p95(), others[2].p95() < GOAL_MS
          ? "met" : "NOT met"));
      if (jfr != null) {
        String summary = ImportBench.Profile.summarise(jfr);
        report.rule();
        report.line("JFR profile of the server", "during the city report's sequential phase (" + jfr + ")");
        summary.lines().skip(1).forEach(l -> report.line("", l));
      }
    }
  }

  private static String line(Timed t) {
    return String.format("%s (%d requests in %.1f s, %,d bytes each; goal p95 < 1000 ms: %s%s)", t.figures(), t.sorted.length,
        t.seconds, t.bytes / t.sorted.length, t.p95() < GOAL_MS ? "met" : "NOT met", t.cpu());
  }

  /**
   * One client, one request after the other, until the count or the time is up. With a connection,
   * each call is followed by one SQL baseline and one health check (answers: the endpoint, the SQL,
   * the health check).
   */
  private Timed[] sequential(HttpClient http, Endpoint e, long pid, Connection c, HttpRequest health) throws Exception {
    int max = suite.requests();
    long[] api = new long[max];
    long[] sql = new long[max];
    long[] live = new long[max];
    long bytes = 0;
    long sqlRows = 0;
    long liveBytes = 0;
    long cpu = 0;
    long liveCpu = 0;
    int n = 0;
    long started = System.nanoTime();
    long deadline = started + suite.seconds() * 1_000_000_000L;
    while (n < max && System.nanoTime() < deadline) {
      HttpRequest request = get(e.uri(), e.accept());
      long cpu0 = ServiceBench.Cpu.ofProcess(pid);
      long t0 = System.nanoTime();
      bytes += send(http, request).length;
      api[n] = System.nanoTime() - t0;
      cpu += ServiceBench.Cpu.ofProcess(pid) - cpu0;
      if (c != null) {
        long t1 = System.nanoTime();
        sqlRows = baseline(c);
        sql[n] = System.nanoTime() - t1;
        cpu0 = ServiceBench.Cpu.ofProcess(pid);
        long t2 = System.nanoTime();
        liveBytes += send(http, health).length;
        live[n] = System.nanoTime() - t2;
        liveCpu += ServiceBench.Cpu.ofProcess(pid) - cpu0;
      }
      n++;
    }
    double seconds = Bench.seconds(started);
    boolean cpuKnown = ServiceBench.Cpu.ofProcess(pid) >= 0;
    return new Timed[] {new Timed(sorted(api, n), bytes, seconds, cpuKnown ? cpu : -1),
        new Timed(sorted(sql, n), sqlRows, seconds, -1), new Timed(sorted(live, n), liveBytes, seconds, cpuKnown ? liveCpu : -1)};
  }

  private static long[] sorted(long[] values, int n) {
    long[] copy = Arrays.copyOf(values, n);
    Arrays.sort(copy);
    return copy;
  }

  /**
   * The baseline: every row and column the report's data needs, drained through JDBC. Each run's text
   * differs by a comment: H2 would otherwise hand back the previous result of the identical statement.
   */
  private long baseline(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("/* run " + baselineRun++ + " */ " + BASELINE_SQL)) {
      return Bench.drain(rs);
    }
  }
}
