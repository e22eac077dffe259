package city.academy.bench;

import city.academy.launcher.Platform;
import city.academy.launcher.PlatformSettings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The passport service on the loaded city, over HTTP, each figure beside a baseline from the same
 * run:
 *
 * <ol>
 *   <li>{@code GET /passport/api/people/me/passport} for random people of the city under N
 *       concurrent clients (closed loop, after a warm-up): median and p99 latency, throughput;
 *       baseline: the same load on {@code GET /health/live} of the same server, in alternating
 *       rounds;
 *   <li>compliance of one organisation and of the whole city ({@code GET
 *       /passport/api/compliance/...}): median of N timed calls after one warm-up; baseline: one
 *       hand-written SQL aggregate over the same tables through JDBC, interleaved with the calls;
 *   <li>the server's peak used heap during all of it, from its metrics endpoint, with its -Xmx.
 * </ol>
 *
 * <p>The platform is the real one (three WARs on Payara Micro) started with the launcher on
 * 127.0.0.1, on the database the load suite filled; it is stopped at the end, failure or not.
 */
final class ServiceBench {

  private static final String CURRENT =
      " e.start_date <= ? AND (e.end_date IS NULL OR e.end_date >= ?)";

  private final Options options;
  private final Options.Service service;
  private final Target target;
  private final Report report;
  private ServiceTokens tokens;

  ServiceBench(Options options, Target target, Report report) {
    this.options = options;
    this.service = options.service();
    this.target = target;
    this.report = report;
  }

  /** What the platform needs before anything long starts: built WARs, Payara, two free ports. */
  static void checkPrerequisites(Options options) {
    List<String> missing = new ArrayList<>();
    List<String> files = new ArrayList<>(Platform.APPLICATIONS.values());
    files.add("launcher/target/runtime/payara-micro.jar");
    files.add("config/payara/pre-boot.asadmin");
    if (options.db().equals("postgres")) {
      files.add("launcher/target/runtime/postgresql.jar");
    }
    for (String file : files) {
      if (!Files.exists(options.repo().resolve(file))) {
        missing.add(file);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("The service benchmarks start the platform, but " + missing
          + " is missing. Build it first: ./mvnw -q -B install -DskipTests -DskipITs"
          + " (or run only the load with --suite=load).");
    }
    for (int port : new int[] {options.service().port(), options.service().gridPort()}) {
      try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(PlatformSettings.ADDRESS))) {
        socket.setReuseAddress(true);
      } catch (IOException e) {
        throw new IllegalStateException("Port " + port + " on 127.0.0.1 is in use; choose others with --port="
            + " and --grid-port= (the platform needs both).");
      }
    }
  }

  /** A person whose passport is asked for, with the organisations of their current posts. */
  record Person(String passportId, List<String> organisations) {}

  void run() throws Exception {
    if (options.suite().load()) {
      report.rule();
    }
    report.line("SERVICE", "passport and compliance over HTTP, " + service.clients() + " clients, server -Xmx"
        + service.heap());

    // 1. the database the load left: up to date with every migration, sequences past the ids
    List<Person> sample;
    try (Connection c = target.connect()) {
      long started = System.nanoTime();
      int applied = target.migrate();
      long people = count(c, "SELECT COUNT(*) FROM person");
      long records = count(c, "SELECT COUNT(*) FROM training_record");
      if (people == 0) {
        throw new IllegalStateException("The database holds no people: load the city first (--suite=load or all).");
      }
      Bench.restartSequences(c);
      report.line("database for the service", String.format(
          "%,d people, %,d training records; %d pending migration(s) applied; sequences restarted past the ids"
              + " (%.2f s)", people, records, applied, Bench.seconds(started)));
      sample = sample(c);
    }

    // 2. the platform, on that database
    Path data = options.platformData();
    Platform platform = startPlatform(options, target, report);
    Thread stopOnExit = new Thread(platform::close, "bench-stop-platform");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    PlatformSettings settings = platform.settings();
    try {
      tokens = new ServiceTokens(data.resolve("keys/token-private.pem"));
      HttpClient http = HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
      try (HeapSampler heap = new HeapSampler(http, settings.baseUrl()).start()) {
        passports(http, heap, settings.baseUrl(), sample, platform.pid());
        compliance(http, heap, settings.baseUrl());
        heap.phase("end");
        report.rule();
        report.line("load average at the end", Report.loadAverage() + " (1 minute; 2 would fill both cores)");
        report.line("server heap (used, garbage included)", heap.summary());
        long xmx = Runtime.getRuntime().maxMemory();
        heap.peaks().forEach((phase, bytes) -> report.line("  peak during " + phase, Bench.mb(bytes)));
        report.line("peak used heap of the service", Bench.mb(heap.peak()) + " with -Xmx" + service.heap()
            + " (the bench JVM's own max heap is " + Bench.mb(xmx) + ")");
      }
      report.line("heap after a full GC at the end", afterFullGc(platform.pid()));
    } finally {
      platform.close();
      try {
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs anyway
      }
    }
  }

  /**
   * Starts the real platform on the loaded database, as the run command would (data folder emptied
   * first, 127.0.0.1 only), and waits until it is ready; the caller stops it. On failure the
   * server's last log lines go to stderr and the server is stopped.
   */
  static Platform startPlatform(Options options, Target target, Report report) throws Exception {
    Options.Service service = options.service();
    Path data = options.platformData();
    deleteRecursively(data);
    Files.createDirectories(data);
    target.prepareForPlatform(data);
    Map<String, String> env = new LinkedHashMap<>(target.platformEnvironment());
    env.put("ACADEMY_DATA_DIR", data.toString());
    env.put("ACADEMY_PORT", Integer.toString(service.port()));
    env.put("ACADEMY_GRID_PORT", Integer.toString(service.gridPort()));
    env.put("ACADEMY_DEMO", "false");
    env.put("ACADEMY_JVM_OPTIONS", "-Xmx" + service.heap());
    PlatformSettings settings = PlatformSettings.fromEnvironment(env, options.repo());
    Platform platform = new Platform(settings);
    Path log = data.resolve("server.log");
    long started = System.nanoTime();
    try {
      platform.start(log);
      platform.awaitReady(Duration.ofMinutes(5));
    } catch (Exception e) {
      System.err.println(tail(log, 40));
      platform.close();
      throw e;
    }
    report.line("server", String.format("Payara Micro pid %d, ready in %.1f s at %s, %s, JVM %s, log %s"
            + " (load average %s)", platform.pid(), Bench.seconds(started), settings.baseUrl(), settings.database(),
        String.join(" ", settings.jvmOptions()), log, Report.loadAverage()));
    return platform;
  }

  // ---------------------------------------------------------------------------------------------
  // 1. the passport under concurrent load, against /health/live

  private void passports(HttpClient http, HeapSampler heap, String base, List<Person> sample, long serverPid)
      throws Exception {
    URI passportUri = URI.create(base + "/passport/api/people/me/passport");
    URI healthUri = URI.create(base + "/health/live");
    HttpRequest health = HttpRequest.newBuilder(healthUri).header("Accept", "application/json")
        .timeout(Duration.ofSeconds(10)).build();
    Signed signed = new Signed(sample, passportUri);

    // one call first: the endpoint answers, and what a passport looks like
    HttpResponse<String> first = http.send(signed.requests.get(0), HttpResponse.BodyHandlers.ofString());
    if (first.statusCode() != 200) {
      throw new IllegalStateException("GET " + passportUri + " answered " + first.statusCode() + ": " + first.body());
    }
    JsonObject passport = json(first.body());
    report.line("passport check", String.format("%s: %d requirements, %d CPD records, compliant %s, %,d bytes",
        passport.getString("personId"), passport.getJsonArray("requirements").size(),
        passport.getJsonArray("cpd").size(), passport.getBoolean("compliant"), first.body().length()));
    HttpResponse<String> live = http.send(health, HttpResponse.BodyHandlers.ofString());
    report.line("baseline check", "GET /health/live: HTTP " + live.statusCode() + ", " + live.body().length()
        + " bytes: " + live.body().substring(0, Math.min(120, live.body().length())));

    int clients = service.clients();
    int max = service.maxRequests();
    long seed = options.seed();
    if (service.warmupSeconds() > 0) {
      heap.phase("warm-up");
      signed.freshFor(service.warmupSeconds());
      HttpLoad.Result w = HttpLoad.run(http, "warm-up passport", clients, service.warmupSeconds(), max, seed,
          r -> signed.requests.get(r.nextInt(signed.requests.size())));
      HttpLoad.Result wh = HttpLoad.run(http, "warm-up health", clients, Math.max(2, service.warmupSeconds() / 3),
          max, seed + 1, r -> health);
      report.line("warm-up (not counted)", String.format("passport %,d requests in %.1f s, health %,d in %.1f s",
          w.requests(), w.seconds(), wh.requests(), wh.seconds()));
    }
    TableStats before = TableStats.take(target, options);
    List<HttpLoad.Result> passportRounds = new ArrayList<>();
    List<HttpLoad.Result> healthRounds = new ArrayList<>();
    // CPU time the server and this process spent, per endpoint: steadier than throughput when
    // other work on the machine takes the cores away at random moments
    long[] serverCpu = new long[2];
    long[] clientCpu = new long[2];
    for (int round = 0; round < service.rounds(); round++) {
      heap.phase("baseline load (/health/live)");
      long s0 = Cpu.ofProcess(serverPid);
      long c0 = Cpu.ofThisProcess();
      healthRounds.add(HttpLoad.run(http, "health", clients, service.measureSeconds(), max, seed + 10 + round,
          r -> health));
      serverCpu[1] += Cpu.ofProcess(serverPid) - s0;
      clientCpu[1] += Cpu.ofThisProcess() - c0;
      signed.freshFor(service.measureSeconds());
      heap.phase("passport load");
      s0 = Cpu.ofProcess(serverPid);
      c0 = Cpu.ofThisProcess();
      passportRounds.add(HttpLoad.run(http, "passport", clients, service.measureSeconds(), max, seed + 20 + round,
          r -> signed.requests.get(r.nextInt(signed.requests.size()))));
      serverCpu[0] += Cpu.ofProcess(serverPid) - s0;
      clientCpu[0] += Cpu.ofThisProcess() - c0;
    }
    heap.phase("between phases");
    HttpLoad.Result p = HttpLoad.Result.merge("passport", passportRounds);
    HttpLoad.Result h = HttpLoad.Result.merge("health", healthRounds);
    String rounds = service.rounds() + " x " + service.measureSeconds() + " s";
    report.line("passport: GET /people/me/passport, " + clients + " clients", load(p, sample.size() + " random people, " + rounds));
    report.line("baseline: GET /health/live, " + clients + " clients", load(h, rounds + ", alternating with the passport"));
    double ratio = p.throughput() / h.throughput();
    report.line("ratio throughput passport / baseline", String.format("%.2f (goal >= 0.5: %s); median latency %.1f x",
        ratio, ratio >= 0.5 ? "met" : "NOT met", p.medianMs() / h.medianMs()));
    report.line("passport p99", String.format("%.1f ms (goal < 25 ms: %s)", p.p99Ms(), p.p99Ms() < 25 ? "met" : "NOT met"));
    if (serverCpu[0] >= 0 && serverCpu[1] > 0) {
      double passportCpu = serverCpu[0] / 1e6 / p.requests();
      double healthCpu = serverCpu[1] / 1e6 / h.requests();
      report.line("server CPU per request (/proc/<pid>/stat)", String.format(
          "passport %.2f ms, baseline %.2f ms: %.1f x; this process (the clients) %.2f / %.2f ms", passportCpu,
          healthCpu, passportCpu / healthCpu, clientCpu[0] / 1e6 / p.requests(), clientCpu[1] / 1e6 / h.requests()));
    }
    if (p.errors() > 0 || h.errors() > 0) {
      report.line("errors", "passport " + p.errors() + ", baseline " + h.errors() + "; first: "
          + (p.firstError() != null ? p.firstError() : h.firstError()));
    }
    if (before != null) {
      TableStats after = TableStats.takeAfterFlush(target, options);
      report.line("database work per passport request", before.perRequest(after, p.requests()));
    }
  }

  private static String load(HttpLoad.Result r, String note) {
    return String.format("%,.0f req/s, median %.2f ms, p99 %.2f ms (%,d requests, %,.0f bytes each, %d errors; %s)",
        r.throughput(), r.medianMs(), r.p99Ms(), r.requests(), r.meanBytes(), r.errors(), note);
  }

  /** The sampled people's requests, with tokens signed again before they could expire in a phase. */
  private final class Signed {
    private final List<Person> people;
    private final URI uri;
    List<HttpRequest> requests;
    private long signedAt;

    Signed(List<Person> people, URI uri) {
      this.people = people;
      this.uri = uri;
      sign();
    }

    private void sign() {
      long started = System.nanoTime();
      List<HttpRequest> list = new ArrayList<>(people.size());
      for (Person person : people) {
        list.add(HttpRequest.newBuilder(uri)
            .header("Authorization", "Bearer " + tokens.staff(person.passportId(), person.organisations()))
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(10))
            .build());
      }
      requests = list;
      signedAt = System.nanoTime();
      System.out.printf("  (signed %,d tokens in %.1f s)%n", people.size(), Bench.seconds(started));
    }

    /** Signs again unless every token outlives a phase of this many seconds, with a minute to spare. */
    void freshFor(int seconds) {
      if (Bench.seconds(signedAt) + seconds + 60 > ServiceTokens.LIFE.toSeconds()) {
        sign();
      }
    }
  }

  /** Random people of the city with a current post (as of the run's day), chosen with the seed. */
  private List<Person> sample(Connection c) throws SQLException {
    Map<String, List<String>> posts = new LinkedHashMap<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT p.passport_id, o.code FROM person p JOIN employment e ON e.person_id = p.id"
            + " JOIN organisation o ON o.id = e.organisation_id WHERE" + CURRENT
            + " ORDER BY p.id, e.start_date, e.id")) {
      s.setDate(1, Date.valueOf(options.asOf()));
      s.setDate(2, Date.valueOf(options.asOf()));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          posts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(2)).add(rs.getString(2));
        }
      }
    }
    List<Person> everyone = new ArrayList<>(posts.size());
    posts.forEach((id, orgs) -> everyone.add(new Person(id, List.copyOf(orgs))));
    Collections.shuffle(everyone, new Random(options.seed() ^ 0xBE7CL));
    return List.copyOf(everyone.subList(0, Math.min(service.people(), everyone.size())));
  }

  // ---------------------------------------------------------------------------------------------
  // 2. compliance, against one SQL aggregate

  private void compliance(HttpClient http, HeapSampler heap, String base) throws Exception {
    String org = service.organisation();
    String asOf = options.asOf().toString();
    try (Connection c = target.connect()) {
      c.setAutoCommit(true);
      report.rule();
      report.line("compliance", String.format("as of %s; median of %d timed runs after 1 warm-up, API and SQL"
          + " interleaved", asOf, service.complianceRuns()));
      scope(http, heap, c, org, URI.create(base + "/passport/api/compliance/organisations/" + org + "?asOf=" + asOf),
          () -> tokens.hrAdmin(org), 1.0);
      scope(http, heap, c, null, URI.create(base + "/passport/api/compliance/city?asOf=" + asOf),
          tokens::academyAdmin, 3.0);
    }
  }

  private void scope(HttpClient http, HeapSampler heap, Connection c, String org, URI uri,
      java.util.function.Supplier<String> token, double goalSeconds) throws Exception {
    String name = org == null ? "city" : org;
    long headcount = headcount(c, org);
    long[] api = new long[service.complianceRuns()];
    long[] sql = new long[service.complianceRuns()];
    long people = -1;
    long compliant = -1;
    int bytes = 0;
    // the phase covers the SQL baselines too: the heap samples then show the calls' garbage
    heap.phase("compliance " + name + " (calls and SQL baselines)");
    for (int run = -1; run < service.complianceRuns(); run++) {
      HttpRequest request = HttpRequest.newBuilder(uri)
          .header("Authorization", "Bearer " + token.get())
          .header("Accept", "application/json")
          .timeout(Duration.ofMinutes(2))
          .build();
      long t0 = System.nanoTime();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      long t1 = System.nanoTime();
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET " + uri + " answered " + response.statusCode() + ": "
            + response.body().substring(0, Math.min(500, response.body().length())));
      }
      long t2 = System.nanoTime();
      baseline(c, org, run);
      long t3 = System.nanoTime();
      if (run >= 0) {
        api[run] = t1 - t0;
        sql[run] = t3 - t2;
      } else {
        JsonObject body = json(response.body());
        people = body.getJsonNumber("people").longValue();
        compliant = body.getJsonNumber("compliantPeople").longValue();
        bytes = response.body().length();
      }
    }
    heap.phase("between phases");
    Arrays.sort(api);
    Arrays.sort(sql);
    double apiS = Report.median(api) / 1e9;
    double sqlS = Report.median(sql) / 1e9;
    String label = org == null ? "the whole city" : org;
    report.line("compliance of " + label + " (API)", String.format(
        "median %.3f s (min %.3f, max %.3f; goal < %.0f s: %s); %,d people (SQL head count %,d), %,d compliant,"
            + " %,d bytes", apiS, api[0] / 1e9, api[api.length - 1] / 1e9, goalSeconds,
        apiS < goalSeconds ? "met" : "NOT met", people, headcount, compliant, bytes));
    report.line("baseline: one SQL aggregate (JDBC)", String.format("median %.3f s (min %.3f, max %.3f)", sqlS,
        sql[0] / 1e9, sql[sql.length - 1] / 1e9));
    double ratio = apiS / sqlS;
    report.line("ratio API / SQL (" + label + ")", String.format("%.1f x (goal <= 2: %s)", ratio,
        ratio <= 2 ? "met" : "NOT met"));
    report.line("  the service's own 2 queries, drained by JDBC", serviceQueries(c, org));
  }

  /**
   * The baseline: per subject, how many people with a current post (in the organisation) hold a
   * record valid today. One statement, the database does all the work.
   *
   * <p>Each run's text differs by a comment: H2 hands back the previous result of an identical
   * statement on unchanged tables (OPTIMIZE_REUSE_RESULTS), which would time a cache. Turning that
   * off instead would also stop H2 reusing the IN subquery's result from row to row, which the
   * server's own H2 sessions do.
   */
  private long baseline(Connection c, String org, int run) throws SQLException {
    String sql = "/* run " + run + " */ SELECT r.subject_code, COUNT(DISTINCT r.person_id) FROM training_record r"
        + " WHERE r.subject_code IS NOT NULL AND r.completed_on <= ? AND (r.expires_on IS NULL OR r.expires_on > ?)"
        + " AND r.person_id IN (SELECT e.person_id FROM employment e"
        + " WHERE" + CURRENT + (org == null ? "" : " AND e.organisation_id = ?") + ")"
        + " GROUP BY r.subject_code ORDER BY r.subject_code";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      Date day = Date.valueOf(options.asOf());
      s.setDate(1, day);
      s.setDate(2, day);
      s.setDate(3, day);
      s.setDate(4, day);
      if (org != null) {
        s.setLong(5, organisationId(c, org));
      }
      long total = 0;
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rs.getString(1);
          total += rs.getLong(2);
        }
      }
      return total;
    }
  }

  /** The service looks the organisation up first and scopes its statements by the key. */
  private static long organisationId(Connection c, String code) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id FROM organisation WHERE code = ?")) {
      s.setString(1, code);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("No organisation " + code);
        }
        return rs.getLong(1);
      }
    }
  }

  private long headcount(Connection c, String org) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(DISTINCT e.person_id) FROM employment e"
        + " JOIN organisation o ON o.id = e.organisation_id WHERE" + CURRENT + (org == null ? "" : " AND o.code = ?"))) {
      Date day = Date.valueOf(options.asOf());
      s.setDate(1, day);
      s.setDate(2, day);
      if (org != null) {
        s.setString(3, org);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * Where the API's time goes: the two statements of the service's StaffReader (copied here; keep
   * them in step), each drained through JDBC in a transaction with fetch size 2000 as the service
   * does, without the tally or the JSON. Median of three after one warm-up.
   */
  private String serviceQueries(Connection c, String org) throws SQLException {
    String scope = org == null ? "" : " AND e.organisation_id = " + organisationId(c, org); // as the service: a literal
    String current = " FROM employment e WHERE" + CURRENT;
    String posts = "SELECT e.person_id, p.passport_id, p.given_name, p.family_name, o.code, o.sector,"
        + " e.staff_group, e.clinical, e.patient_facing"
        + " FROM employment e JOIN person p ON p.id = e.person_id JOIN organisation o ON o.id = e.organisation_id"
        + " WHERE" + CURRENT + scope
        + " ORDER BY e.person_id, e.start_date, e.id";
    String records = "SELECT r.person_id, r.id, r.subject_code, r.level_code, r.completed_on, r.expires_on,"
        + " r.entry_kind, r.supersedes_id FROM training_record r WHERE r.subject_code IS NOT NULL AND r.completed_on <= ?"
        + (org == null ? "" : " AND r.person_id IN (SELECT e.person_id" + current + scope + ")")
        + " ORDER BY r.person_id";
    long[] postNanos = new long[3];
    long[] recordNanos = new long[3];
    long[] rows = new long[2];
    c.setAutoCommit(false);
    try {
      for (int run = -1; run < 3; run++) {
        String tag = "/* run " + run + " */ ";
        if (c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
          try (var set = c.createStatement()) {
            set.execute("SET LOCAL work_mem = '64MB'"); // as the service's StaffReader
          }
        }
        long t0 = System.nanoTime();
        rows[0] = drain(c, tag + posts, org, true);
        long t1 = System.nanoTime();
        rows[1] = drain(c, tag + records, org, false);
        long t2 = System.nanoTime();
        c.commit();
        if (run >= 0) {
          postNanos[run] = t1 - t0;
          recordNanos[run] = t2 - t1;
        }
      }
    } finally {
      c.setAutoCommit(true);
    }
    Arrays.sort(postNanos);
    Arrays.sort(recordNanos);
    return String.format("posts %.3f s (%,d rows), records %.3f s (%,d rows)", postNanos[1] / 1e9, rows[0],
        recordNanos[1] / 1e9, rows[1]);
  }

  private long drain(Connection c, String sql, String org, boolean postsQuery) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      Date day = Date.valueOf(options.asOf());
      int i = 1;
      if (!postsQuery) {
        s.setDate(i++, day);
      }
      if (postsQuery || org != null) {
        s.setDate(i++, day);
        s.setDate(i++, day);
      }
      s.setFetchSize(2000);
      long rows = 0;
      try (ResultSet rs = s.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int col = 1; col <= columns; col++) {
            rs.getObject(col);
          }
          rows++;
        }
      }
      return rows;
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** CPU time of processes, in nanoseconds. */
  static final class Cpu {
    /** Clock ticks per second of /proc/<pid>/stat: 100 on Linux (USER_HZ). */
    private static final long TICK_NANOS = 10_000_000L;

    private Cpu() {}

    /** User plus system time of a process from /proc, or -1 where there is no /proc. */
    static long ofProcess(long pid) {
      try {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after "pid (comm) ": state is field 3, utime field 14, stime field 15
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_NANOS;
      } catch (IOException | RuntimeException e) {
        return -1;
      }
    }

    static long ofThisProcess() {
      var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }
  }

  /** {@code jcmd <pid> GC.run}, then {@code GC.heap_info}: what is live at the end. */
  static String afterFullGc(long pid) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    if (!Files.isExecutable(jcmd)) {
      return "n/a (no jcmd in " + jcmd.getParent() + ")";
    }
    try {
      jcmd(jcmd, pid, "GC.run");
      String info = jcmd(jcmd, pid, "GC.heap_info");
      Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
      if (m.find()) {
        return String.format("used %.1f MB of %.1f MB committed (jcmd %d GC.run, GC.heap_info)",
            Long.parseLong(m.group(2)) / 1024.0, Long.parseLong(m.group(1)) / 1024.0, pid);
      }
      return info.lines().skip(1).findFirst().orElse(info).strip();
    } catch (Exception e) {
      return "n/a (" + e.getMessage() + ")";
    }
  }

  private static String jcmd(Path jcmd, long pid, String command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("jcmd " + command + " did not answer within 30 s");
    }
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static String tail(Path log, int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return "--- last lines of " + log + " ---\n"
          + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no server log at " + log + ")";
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
