package city.academy.bench;

import city.academy.city.CityGenerator;
import city.academy.city.GeneratedOrganisation;
import city.academy.launcher.Platform;
import city.academy.launcher.PlatformSettings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * The catalogue service on a city-sized catalogue ({@code --suite=catalogue}):
 *
 * <ol>
 *   <li><b>search</b>: {@code GET /catalogue/api/sessions} with a seeded mix of filters under N
 *       concurrent clients, in rounds alternating with the <b>baseline</b>: the same queries written
 *       by hand in SQL, run through JDBC by N threads on their own connections (the page of 20 and,
 *       when the page is full, the count: what the service runs);
 *   <li><b>booking storm</b>: a session of 30 places (20 reserved for the running organisation, 10
 *       open to partners) and 2,000 different people (half the running organisation's staff, half
 *       other partners') asking for a place at the same moment, each on its own connection; then the
 *       outcome is checked against the rules replayed over the actual arrival order.
 * </ol>
 *
 * <p>The catalogue is generated ({@link CatalogueCity}) into the catalogue service's own tables
 * before the platform starts; the passport starts empty (the catalogue needs nothing from it here).
 */
final class CatalogueBench {
  static final String MIGRATIONS = "catalogue-service/src/main/resources/db/migration/catalogue";

  private final Options options;
  private final Options.Service service;
  private final Target target;
  private final Report report;
  private ServiceTokens tokens;
  private List<String> organisations;

  CatalogueBench(Options options, Target target, Report report) {
    this.options = options;
    this.service = options.service();
    this.target = target;
    this.report = report;
  }

  /** The bench's own connection to the catalogue (H2: its own file; PostgreSQL: the catalogue schema). */
  private Connection connect() throws SQLException {
    if (target instanceof Target.Postgres pg) {
      String sep = options.pgUrl().contains("?") ? "&" : "?";
      return DriverManager.getConnection(options.pgUrl() + sep + "currentSchema=" + pg.catalogueSchema() + "&reWriteBatchedInserts=true",
          options.pgUser(), options.pgPassword());
    }
    return DriverManager.getConnection(h2Url(), "sa", "");
  }

  private Path h2Dir() {
    return options.target().resolve("bench-h2");
  }

  private String h2Url() {
    return "jdbc:h2:file:" + h2Dir().resolve("catalogue");
  }

  void run() throws Exception {
    report.line("CATALOGUE", "search and booking storm over HTTP, " + service.clients() + " clients, server -Xmx" + service.heap());
    organisations = new CityGenerator(Bench.frameworkOf(options), options.scale(), options.seed(), options.asOf())
        .organisations().stream().map(GeneratedOrganisation::code).toList();

    // 1. the catalogue's schema with its own migrations, and a city-sized catalogue in it
    long started = System.nanoTime();
    Flyway flyway;
    if (target instanceof Target.Postgres pg) {
      try (Connection c = DriverManager.getConnection(options.pgUrl(), options.pgUser(), options.pgPassword());
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + pg.catalogueSchema() + " CASCADE");
      }
      flyway = Flyway.configure().dataSource(options.pgUrl(), options.pgUser(), options.pgPassword())
          .schemas(pg.catalogueSchema()).locations("filesystem:" + options.repo().resolve(MIGRATIONS)).load();
    } else {
      Files.createDirectories(h2Dir());
      for (String f : new String[] {"catalogue.mv.db", "catalogue.trace.db"}) {
        Files.deleteIfExists(h2Dir().resolve(f));
      }
      flyway = Flyway.configure().dataSource(h2Url(), "sa", "").locations("filesystem:" + options.repo().resolve(MIGRATIONS)).load();
    }
    int migrations = flyway.migrate().migrationsExecuted;
    CatalogueCity city = new CatalogueCity(organisations, options.courses(), options.sessionsPerCourse(),
        LocalDate.now(CatalogueCity.LONDON), options.seed());
    long rows;
    try (Connection c = connect()) {
      rows = city.load(c, options.batchRows());
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE");
      }
    }
    report.line("catalogue generated and loaded", String.format(
        "%d migrations; %,d courses of %d organisations, %,d sessions over the next year (%,d cancelled), %,d confirmed"
            + " bookings: %,d rows in %.1f s", migrations, city.courses, organisations.size(), (long) city.courses * city.sessionsPerCourse,
        city.cancelledSessions, city.bookings, rows, Bench.seconds(started)));

    // 2. the platform on that catalogue (and an empty passport)
    Path data = options.platformData();
    deleteRecursively(data);
    Files.createDirectories(data);
    Map<String, String> env = new LinkedHashMap<>(target.platformEnvironment());
    if (!(target instanceof Target.Postgres)) {
      Path db = Files.createDirectories(data.resolve("db"));
      Files.copy(h2Dir().resolve("catalogue.mv.db"), db.resolve("catalogue.mv.db"), StandardCopyOption.REPLACE_EXISTING);
      try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.resolve("catalogue"), "sa", "");
          Statement s = c.createStatement()) {
        s.execute("ALTER USER SA SET PASSWORD 'sa'");
      }
    }
    env.put("ACADEMY_DATA_DIR", data.toString());
    env.put("ACADEMY_PORT", Integer.toString(service.port()));
    env.put("ACADEMY_GRID_PORT", Integer.toString(service.gridPort()));
    env.put("ACADEMY_DEMO", "false");
    env.put("ACADEMY_JVM_OPTIONS", "-Xmx" + service.heap());
    PlatformSettings settings = PlatformSettings.fromEnvironment(env, options.repo());
    Platform platform = new Platform(settings);
    Thread stopOnExit = new Thread(platform::close, "bench-stop-platform");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    Path log = data.resolve("server.log");
    try {
      started = System.nanoTime();
      platform.start(log);
      platform.awaitReady(Duration.ofMinutes(5));
      report.line("server", String.format("Payara Micro pid %d, ready in %.1f s at %s, %s (load average %s)", platform.pid(),
          Bench.seconds(started), settings.baseUrl(), settings.database(), Report.loadAverage()));
      tokens = new ServiceTokens(data.resolve("keys/token-private.pem"));
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
      search(http, settings.baseUrl());
      report.rule();
      storm(settings.baseUrl());
    } finally {
      platform.close();
      try {
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs anyway
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // search

  /** One search as a person would type it, and who they are. */
  record Query(String q, String subject, String provider, LocalDate from, LocalDate to, String mode, boolean available, String org) {
    String parameters() {
      StringBuilder p = new StringBuilder("size=20");
      add(p, "q", q);
      add(p, "subject", subject);
      add(p, "provider", provider);
      add(p, "from", from == null ? null : from.toString());
      add(p, "to", to == null ? null : to.toString());
      add(p, "mode", mode);
      add(p, "available", available ? "true" : null);
      return p.toString();
    }

    private static void add(StringBuilder p, String name, String value) {
      if (value != null) {
        p.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
  }

  private List<Query> queries(int n) {
    SplittableRandom r = new SplittableRandom(options.seed() ^ 0x5EA4C4L);
    LocalDate today = LocalDate.now(CatalogueCity.LONDON);
    List<Query> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String org = organisations.get(r.nextInt(organisations.size()));
      String q = r.nextInt(10) < 5 ? CatalogueCity.SEARCH_WORDS[r.nextInt(CatalogueCity.SEARCH_WORDS.length)] : null;
      String[] topic = CatalogueCity.TOPICS[r.nextInt(12)];
      String subject = r.nextInt(10) < 2 ? topic[1] : null;
      String provider = r.nextInt(10) < 2 ? organisations.get(r.nextInt(organisations.size())) : null;
      LocalDate from = null;
      LocalDate to = null;
      if (r.nextInt(10) < 4) {
        from = today.plusDays(r.nextInt(300));
        to = from.plusDays(7 + r.nextInt(80));
      }
      String mode = r.nextInt(10) < 2 ? CatalogueCity.MODES[r.nextInt(CatalogueCity.MODES.length)] : null;
      list.add(new Query(q, subject, provider, from, to, mode, r.nextBoolean(), org));
    }
    return list;
  }

  private void search(HttpClient http, String base) throws Exception {
    List<Query> queries = queries(500);
    int clients = service.clients();
    // a signed token per organisation (a member of its staff), signed again before they could expire
    Map<String, String> token = new LinkedHashMap<>();
    long[] signedAt = new long[1];
    Runnable sign = () -> {
      organisations.forEach(o -> token.put(o, tokens.staff("BENCH-" + o, List.of(o))));
      signedAt[0] = System.nanoTime();
    };
    sign.run();
    Function<SplittableRandom, HttpRequest> request = r -> {
      Query q = queries.get(r.nextInt(queries.size()));
      return HttpRequest.newBuilder(URI.create(base + "/catalogue/api/sessions?" + q.parameters()))
          .header("Authorization", "Bearer " + token.get(q.org())).header("Accept", "application/json")
          .timeout(Duration.ofSeconds(30)).build();
    };

    // the same answers both ways, for a few queries
    int checked = 0;
    try (Connection c = connect()) {
      for (Query q : queries.subList(0, 20)) {
        HttpResponse<String> answer = http.send(request(base, q, token.get(q.org())), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
          throw new IllegalStateException("GET /catalogue/api/sessions?" + q.parameters() + " answered " + answer.statusCode()
              + ": " + answer.body());
        }
        JsonObject page = json(answer.body());
        long[] sql = sql(c, q);
        long apiTotal = page.getJsonNumber("total").longValue();
        long apiFirst = page.getJsonArray("items").isEmpty() ? -1
            : page.getJsonArray("items").getJsonObject(0).getJsonObject("session").getJsonNumber("id").longValue();
        // the clock moves between the two: a session starting in between may differ; none does in practice
        if (apiTotal != sql[1] || apiFirst != sql[0]) {
          report.line("  MISMATCH", q.parameters() + ": API total " + apiTotal + " first " + apiFirst + ", SQL " + sql[1] + " first " + sql[0]);
        } else {
          checked++;
        }
      }
    }
    report.line("search check", checked + " of 20 queries: the API and the hand-written SQL give the same total and first session");

    if (service.warmupSeconds() > 0) {
      HttpLoad.Result w = HttpLoad.run(http, "warm-up search", clients, service.warmupSeconds(), service.maxRequests(), options.seed(), request);
      JdbcLoad w2 = JdbcLoad.run(this, clients, Math.max(2, service.warmupSeconds() / 3), service.maxRequests(), options.seed(), queries);
      report.line("warm-up (not counted)", String.format("API %,d searches in %.1f s, SQL %,d in %.1f s", w.requests(), w.seconds(),
          w2.requests, w2.seconds));
    }
    List<HttpLoad.Result> api = new ArrayList<>();
    List<JdbcLoad> sql = new ArrayList<>();
    for (int round = 0; round < service.rounds(); round++) {
      if (Bench.seconds(signedAt[0]) + service.measureSeconds() + 60 > ServiceTokens.LIFE.toSeconds()) {
        sign.run();
      }
      sql.add(JdbcLoad.run(this, clients, service.measureSeconds(), service.maxRequests(), options.seed() + 10 + round, queries));
      api.add(HttpLoad.run(http, "search", clients, service.measureSeconds(), service.maxRequests(), options.seed() + 20 + round, request));
    }
    HttpLoad.Result a = HttpLoad.Result.merge("search", api);
    long[] sqlNanos = sql.stream().flatMapToLong(j -> Arrays.stream(j.nanos)).sorted().toArray();
    long sqlRequests = sql.stream().mapToLong(j -> j.requests).sum();
    double sqlSeconds = sql.stream().mapToDouble(j -> j.seconds).sum();
    long sqlErrors = sql.stream().mapToLong(j -> j.errors.get()).sum();
    String rounds = service.rounds() + " x " + service.measureSeconds() + " s";
    report.line("search: GET /catalogue/api/sessions, " + clients + " clients", String.format(
        "%,.0f req/s, median %.2f ms, p99 %.2f ms (%,d requests, %,.0f bytes each, %d errors; 500 query mixes, %s)",
        a.throughput(), a.medianMs(), a.p99Ms(), a.requests(), a.meanBytes(), a.errors(), rounds));
    report.line("baseline: the same SQL by hand (JDBC), " + clients + " threads", String.format(
        "%,.0f queries/s, median %.2f ms, p99 %.2f ms (%,d searches, %d errors; %s, alternating)", sqlRequests / sqlSeconds,
        Report.ms(Report.median(sqlNanos)), Report.ms(Report.p99(sqlNanos)), sqlRequests, sqlErrors, rounds));
    report.line("ratio API / SQL", String.format("median %.1f x, p99 %.1f x", a.medianMs() / Report.ms(Report.median(sqlNanos)),
        a.p99Ms() / Report.ms(Report.p99(sqlNanos))));
    report.line("search p99", String.format("%.1f ms (goal < 100 ms: %s)", a.p99Ms(), a.p99Ms() < 100 ? "met" : "NOT met"));
    if (a.errors() > 0) {
      report.line("errors", a.errors() + "; first: " + a.firstError());
    }
  }

  /** How far the service counts the matches of a first page of 20: a thousand beyond it. */
  static final int COUNT_LIMIT = 20 + 1_000;

  private static HttpRequest request(String base, Query q, String token) {
    return HttpRequest.newBuilder(URI.create(base + "/catalogue/api/sessions?" + q.parameters()))
        .header("Authorization", "Bearer " + token).header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build();
  }

  /**
   * The search written by hand, as the service means it: the page of 20 (id of the first), and the
   * count when the page is full. Answers {first id or -1, total}.
   */
  static long[] sql(Connection c, Query q) throws SQLException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    OffsetDateTime from = now;
    if (q.from() != null) {
      OffsetDateTime day = q.from().atStartOfDay(CatalogueCity.LONDON).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
      from = day.isAfter(now) ? day : now;
    }
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder(" FROM course_session s JOIN course c ON c.id = s.course_id"
        + " WHERE s.status = 'SCHEDULED' AND s.starts_at > ?");
    params.add(from);
    if (q.to() != null) {
      where.append(" AND s.starts_at < ?");
      params.add(q.to().plusDays(1).atStartOfDay(CatalogueCity.LONDON).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
    }
    if (q.provider() != null) {
      where.append(" AND s.owner_org_code = ?");
      params.add(q.provider());
    }
    List<String> course = new ArrayList<>();
    if (q.subject() != null) {
      course.add("c2.subject_code = ?");
      params.add(q.subject());
    }
    if (q.mode() != null) {
      course.add("c2.delivery_mode = ?");
      params.add(q.mode());
    }
    if (q.q() != null) {
      course.add("c2.search_text LIKE ?");
      params.add("%" + q.q() + "%");
    }
    if (!course.isEmpty()) {
      where.append(" AND s.course_id IN (SELECT c2.id FROM course c2 WHERE ").append(String.join(" AND ", course)).append(")");
    }
    if (q.available()) {
      where.append(" AND s.booking_cutoff_at > ? AND s.capacity > s.owner_confirmed + s.partner_confirmed"
          + " AND (s.owner_org_code = ? OR s.release_at <= ? OR s.partner_confirmed + s.reserved_places < s.capacity)");
      params.add(now);
      params.add(q.org());
      params.add(now);
    }
    long first = -1;
    int rows = 0;
    try (PreparedStatement s = c.prepareStatement("SELECT s.id, s.course_id, c.title, s.owner_org_code, s.starts_at, s.ends_at,"
        + " s.venue, s.online_link, s.trainer, s.capacity, s.reserved_places, s.release_at, s.places_released, s.booking_cutoff_at,"
        + " s.cancellation_cutoff_at, s.approval_needed, s.status, s.cancellation_reason, s.owner_confirmed, s.partner_confirmed,"
        + " s.waitlisted, c.description, c.category, c.cpd_hours, c.delivery_mode, c.subject_code, c.level_code" + where
        + " ORDER BY s.starts_at, s.id LIMIT 20")) {
      bind(s, params);
      try (ResultSet rs = s.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= columns; i++) {
            rs.getObject(i);
          }
          if (rows++ == 0) {
            first = rs.getLong(1);
          }
        }
      }
    }
    long total = rows;
    if (rows == 20) {
      // counted as far as the service counts: a thousand beyond the page (answered as "more than 1,020")
      try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM (SELECT s.id"
          + where.toString().replace(" JOIN course c ON c.id = s.course_id", "") + " LIMIT " + (COUNT_LIMIT + 1) + ") m")) {
        bind(s, params);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          total = Math.min(rs.getLong(1), COUNT_LIMIT);
        }
      }
    }
    return new long[] {first, total};
  }

  private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      s.setObject(i + 1, params.get(i));
    }
  }

  /** The baseline's closed loop: N threads, each on its own connection, until time or budget runs out. */
  static final class JdbcLoad {
    long requests;
    double seconds;
    long[] nanos;
    final AtomicLong errors = new AtomicLong();
    final AtomicReference<String> firstError = new AtomicReference<>();

    static JdbcLoad run(CatalogueBench bench, int threads, int secondsLimit, int max, long seed, List<Query> queries) throws Exception {
      JdbcLoad load = new JdbcLoad();
      AtomicLong budget = new AtomicLong(max);
      CountDownLatch start = new CountDownLatch(1);
      long[][] per = new long[threads][];
      SplittableRandom seeds = new SplittableRandom(seed);
      List<Thread> list = new ArrayList<>();
      List<Connection> connections = new ArrayList<>();
      long[] deadline = new long[1];
      try {
        for (int i = 0; i < threads; i++) {
          Connection c = bench.connect();
          c.setAutoCommit(true);
          connections.add(c);
          int index = i;
          SplittableRandom random = seeds.split();
          Thread t = new Thread(() -> {
            long[] mine = new long[1024];
            int n = 0;
            try {
              start.await();
            } catch (InterruptedException e) {
              return;
            }
            while (System.nanoTime() < deadline[0] && budget.getAndDecrement() > 0) {
              Query q = queries.get(random.nextInt(queries.size()));
              long t0 = System.nanoTime();
              try {
                sql(c, q);
              } catch (SQLException e) {
                load.errors.incrementAndGet();
                load.firstError.compareAndSet(null, e.toString());
              }
              if (n == mine.length) {
                mine = Arrays.copyOf(mine, n * 2);
              }
              mine[n++] = System.nanoTime() - t0;
            }
            per[index] = Arrays.copyOf(mine, n);
          }, "bench-sql-" + i);
          t.setDaemon(true);
          list.add(t);
          t.start();
        }
        long started = System.nanoTime();
        deadline[0] = started + secondsLimit * 1_000_000_000L;
        start.countDown();
        for (Thread t : list) {
          t.join(secondsLimit * 1000L + 60_000L);
        }
        load.seconds = (System.nanoTime() - started) / 1e9;
      } finally {
        for (Connection c : connections) {
          c.close();
        }
      }
      load.nanos = Stream.of(per).filter(java.util.Objects::nonNull).flatMapToLong(Arrays::stream).sorted().toArray();
      load.requests = load.nanos.length;
      return load;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // booking storm

  private void storm(String base) throws Exception {
    int people = options.stormPeople();
    String owner = organisations.get(0);
    long courseId;
    try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT MIN(id) FROM course WHERE owner_org_code = ?")) {
      s.setString(1, owner);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        courseId = rs.getLong(1);
      }
    }
    String provider = tokens.provider(owner);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);
    String plan = Json.createObjectBuilder().add("startsAt", start.toString()).add("endsAt", start.plusHours(3).toString())
        .add("venue", "Education Centre, Lecture Theatre").add("trainer", "Storm trainer").add("capacity", 30).add("reservedPlaces", 20)
        .add("releaseAt", start.toString()).build().toString();
    HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/catalogue/api/courses/" + courseId + "/sessions"))
        .header("Authorization", "Bearer " + provider).header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(plan)).build(), HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201) {
      throw new IllegalStateException("Scheduling the storm session answered " + created.statusCode() + ": " + created.body());
    }
    long session = json(created.body()).getJsonNumber("id").longValue();

    // people: half the running organisation's staff, half other partners', in a seeded order
    SplittableRandom r = new SplittableRandom(options.seed() ^ 0x570A4L);
    List<HttpRequest> requests = new ArrayList<>(people);
    Map<String, Boolean> partnerOf = new LinkedHashMap<>();
    long signStarted = System.nanoTime();
    for (int i = 0; i < people; i++) {
      boolean partner = r.nextBoolean();
      String org = partner ? organisations.get(1 + r.nextInt(organisations.size() - 1)) : owner;
      String person = String.format("S%07d", i);
      partnerOf.put(person, partner);
      requests.add(HttpRequest.newBuilder(URI.create(base + "/catalogue/api/sessions/" + session + "/bookings"))
          .header("Authorization", "Bearer " + tokens.staff(person, List.of(org))).header("Content-Type", "application/json")
          .header("Accept", "application/json").timeout(Duration.ofMinutes(3)).POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    }
    long partners = partnerOf.values().stream().filter(b -> b).count();
    report.line("booking storm", String.format("session %d of %s (course %d): 30 places, 20 reserved, 10 open to partners; %,d people"
        + " (%,d of %s, %,d of other partners), %d client threads each on its own connection; tokens signed in %.1f s",
        session, owner, courseId, people, people - partners, owner, partners, Math.min(options.stormClients(), people),
        Bench.seconds(signStarted)));

    int threads = Math.min(options.stormClients(), people);
    AtomicInteger next = new AtomicInteger();
    Map<Integer, Integer> statuses = new java.util.concurrent.ConcurrentHashMap<>();
    AtomicLong ioErrors = new AtomicLong();
    AtomicReference<String> firstProblem = new AtomicReference<>();
    long[] latencies = new long[people];
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> list = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      // each thread its own client, so each request has its own connection
      HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(60)).build();
      Thread thread = new Thread(() -> {
        ready.countDown();
        try {
          go.await();
        } catch (InterruptedException e) {
          return;
        }
        int i;
        while ((i = next.getAndIncrement()) < people) {
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> response = own.send(requests.get(i), HttpResponse.BodyHandlers.ofString());
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() != 201) {
              firstProblem.compareAndSet(null, response.statusCode() + " " + response.body());
            }
          } catch (IOException e) {
            ioErrors.incrementAndGet();
            firstProblem.compareAndSet(null, e.toString());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          latencies[i] = System.nanoTime() - t0;
        }
      }, "bench-storm-" + t);
      thread.setDaemon(true);
      list.add(thread);
      thread.start();
    }
    ready.await();
    long t0 = System.nanoTime();
    go.countDown();
    for (Thread thread : list) {
      thread.join(Duration.ofMinutes(10).toMillis());
    }
    double seconds = Bench.seconds(t0);
    long[] sorted = Arrays.stream(latencies).filter(n -> n > 0).sorted().toArray();
    long fiveXx = statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
    report.line("storm answers", String.format("%s in %.2f s = %,.0f requests/s; latency median %.0f ms, p99 %.0f ms, max %.0f ms;"
        + " %d 5xx, %d connection errors%s", statuses, seconds, people / seconds, Report.ms(Report.median(sorted)),
        Report.ms(Report.p99(sorted)), Report.ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]), fiveXx, ioErrors.get(),
        firstProblem.get() == null ? "" : "; first other answer: " + firstProblem.get().substring(0, Math.min(200, firstProblem.get().length()))));

    // the outcome, from the provider's view of the session
    JsonObject state = json(get(http, base + "/catalogue/api/sessions/" + session, provider));
    // replay the rules over the arrival order: the provider's list is in queue order (the number
    // each request took under the session's lock)
    List<JsonObject> bookings = inQueueOrder(http, base, provider, session);
    int confirmed = 0;
    int partnerConfirmed = 0;
    int mismatches = 0;
    int waitlisted = 0;
    int lastPosition = 0;
    boolean waitlistInOrder = true;
    for (JsonObject b : bookings) {
      boolean partner = b.getBoolean("partnerPlace");
      boolean expectConfirmed = confirmed < 30 && (!partner || partnerConfirmed < 10);
      String status = b.getString("status");
      if (expectConfirmed) {
        confirmed++;
        partnerConfirmed += partner ? 1 : 0;
      }
      if (!status.equals(expectConfirmed ? "CONFIRMED" : "WAITLISTED")) {
        mismatches++;
      }
      if (status.equals("WAITLISTED")) {
        waitlisted++;
        int position = b.getInt("waitlistPosition");
        waitlistInOrder &= position == lastPosition + 1;
        lastPosition = position;
      }
    }
    report.line("storm outcome", String.format("%d bookings; confirmed %d (goal exactly 30: %s), of them partners %d (at most 10: %s);"
        + " waitlisted %d, positions 1..%d in arrival order: %s; outcomes differing from the rules replayed over the arrival order: %d",
        bookings.size(), state.getInt("confirmed"), state.getInt("confirmed") == 30 ? "met" : "NOT met", state.getInt("partnerConfirmed"),
        state.getInt("partnerConfirmed") <= 10 ? "met" : "NOT met", state.getInt("waitlisted"), lastPosition, waitlistInOrder ? "yes" : "NO",
        mismatches));
    report.line("storm goals", (state.getInt("confirmed") == 30 && state.getInt("partnerConfirmed") <= 10 && fiveXx == 0 && mismatches == 0
        && waitlisted == people - 30 && waitlistInOrder && ioErrors.get() == 0) ? "all met" : "NOT all met (see above)");
  }

  /** Every booking of the session, in queue (arrival) order, as its provider sees them. */
  private static List<JsonObject> inQueueOrder(HttpClient http, String base, String provider, long session) throws Exception {
    List<JsonObject> ordered = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonObject p = json(get(http, base + "/catalogue/api/sessions/" + session + "/bookings?size=100&page=" + page, provider));
      ordered.addAll(p.getJsonArray("items").getValuesAs(JsonObject.class));
      if ((page + 1) * 100L >= p.getJsonNumber("total").longValue()) {
        break;
      }
    }
    return ordered;
  }

  private static String get(HttpClient http, String uri, String token) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token)
        .header("Accept", "application/json").timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + uri + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  private static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
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
