package city.academy.bench;

import city.academy.city.CityGenerator;
import city.academy.city.GeneratedPerson;
import city.academy.launcher.Platform;
import city.academy.launcher.PlatformSettings;
import city.academy.passport.api.TrainingFrameworkDto;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The daily expiry reminders over the city ({@code --suite=reminders}), in two parts, each beside a
 * baseline from the same run:
 *
 * <ol>
 *   <li><b>select and enqueue</b>: the city loaded (57,000 people, a million records, generated as
 *       of today), a local SMTP server (GreenMail) started in this JVM on 127.0.0.1, and the platform
 *       started with mail over SMTP to it, the daily timer off and the email sender off
 *       ({@code academy.mail.every-seconds=0}), so that the enqueue is measured alone. Timed: an
 *       academy admin's {@code POST /catalogue/api/reminders/expiry/runs} (today's first run: every
 *       threshold reached in the last week), with its figures; the baseline is the passport's own
 *       part, {@code GET /passport/api/reminders/due} alone (a SYSTEM token); then the rows written
 *       (JDBC) and a second run the same day, which must write nothing;
 *   <li><b>the sender</b>: the sender's timer reads its period once at start-up, so the platform is
 *       restarted on the same data folder and database with {@code academy.mail.every-seconds=N}
 *       (default 1), and the bench waits until the outbox is drained: messages/s overall and over
 *       the steady middle (the 10th to the 90th percentile of {@code email_outbox.sent_at}), the
 *       rounds (20 messages each, {@code EmailSender.BATCH}) and the pauses between them; the
 *       address look-up the sender makes per message ({@code GET /passport/api/people/{id}/contact})
 *       is timed on its own. Baseline: messages of the same text and HTML (the ones the server sent)
 *       sent from this JVM straight to the same SMTP server with Jakarta Mail, one connection per
 *       message as the server does.
 * </ol>
 *
 * <p>On H2 the server holds its files: the rows are counted on a copy of the catalogue's file taken
 * while the server is stopped (between the two parts, and at the end). Everything listens on
 * 127.0.0.1 only; the server and the SMTP server are stopped at the end, failure or not.
 */
final class ReminderBench {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final String[] TABLES = {"message", "email_outbox", "expiry_reminder", "team_reminder", "reminder_run"};

  private final Options options;
  private final Options.Service service;
  private final Options.Reminders suite;
  private final Target target;
  private final Report report;
  private final TrainingFrameworkDto framework;
  private ServiceTokens tokens;
  private GreenMail smtp;
  private int smtpPort;

  ReminderBench(Options options, Target target, Report report, TrainingFrameworkDto framework) {
    this.options = options;
    this.service = options.service();
    this.suite = options.reminders();
    this.target = target;
    this.report = report;
    this.framework = framework;
  }

  private Path data() {
    return options.target().resolve("platform-" + options.db() + "-reminders");
  }

  /** H2: the bench's copy of the server's catalogue file, read while the server is stopped. */
  private Path h2Copy() {
    return options.target().resolve("bench-h2-reminders");
  }

  void run() throws Exception {
    LocalDate today = LocalDate.now(LONDON);
    report.line("REMINDERS", String.format("daily expiry reminders over the city: select and enqueue, then the email sender"
        + " over SMTP to GreenMail on 127.0.0.1; server -Xmx%s; today (London) %s", service.heap(), today));
    if (!options.asOf().equals(today)) {
      report.line("note", "the city is generated as of " + options.asOf() + ", the reminders run for " + today);
    }

    // 1. the city, as the load suite puts it
    loadCity();

    // 2. the SMTP server, in this JVM
    smtpPort = freePort();
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    smtp.start();
    report.line("SMTP server", "GreenMail (in the bench JVM) on 127.0.0.1:" + smtpPort + ", no authentication");
    Path data = data();
    ServiceBench.deleteRecursively(data);
    Files.createDirectories(data);
    target.prepareForPlatform(data);
    Platform[] platform = {null};
    Thread stopOnExit = new Thread(() -> {
      if (platform[0] != null) {
        platform[0].close();
      }
    }, "bench-stop-platform");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    try {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

      // 3. select and enqueue, the sender off
      platform[0] = start(data, 0, "server.log", "first start, sender off");
      tokens = new ServiceTokens(data.resolve("keys/token-private.pem"));
      String base = platform[0].settings().baseUrl();
      Enqueue enqueue;
      try (HeapSampler heap = new HeapSampler(http, base).start()) {
        enqueue = enqueue(http, base, platform[0].pid(), heap, today);
        heap.phase("end");
        report.line("server heap, part 1 (used, garbage included)", heap.summary());
        heap.peaks().forEach((phase, bytes) -> report.line("  peak during " + phase, Bench.mb(bytes)));
      }
      report.line("heap after a full GC, part 1", ServiceBench.afterFullGc(platform[0].pid()));
      platform[0].close();
      platform[0] = null;
      Map<String, Long> rows = counts(data, "after the two runs");
      long outbox = rows.get("email_outbox");
      if (enqueue.first.reminders() > 0 && outbox == 0) {
        throw new IllegalStateException("Reminders were written but no email was queued: see " + data.resolve("server.log"));
      }
      report.line("  received by the SMTP server while the sender was off", String.format("%,d (expected 0)", received()));

      // 4. the sender, on the same data folder and database
      report.rule();
      long expected = deliverable();
      platform[0] = start(data, suite.everySeconds(), "server-sending.log", "restarted, sender on every " + suite.everySeconds() + " s");
      long ready = System.nanoTime();
      Drain drain;
      Lookups lookups;
      try (HeapSampler heap = new HeapSampler(http, base).start()) {
        heap.phase("draining the outbox");
        drain = drain(platform[0].pid(), ready, outbox, expected);
        heap.phase("address look-ups");
        lookups = lookups(http, base);
        heap.phase("end");
        report.line("server heap, part 2 (used, garbage included)", heap.summary());
        heap.peaks().forEach((phase, bytes) -> report.line("  peak during " + phase, Bench.mb(bytes)));
      }
      report.line("heap after a full GC, part 2", ServiceBench.afterFullGc(platform[0].pid()));
      platform[0].close();
      platform[0] = null;
      counts(data, "after draining");
      Timeline timeline = timeline(data);

      // 5. the baseline: the same messages straight from this JVM to the same SMTP server
      report.rule();
      Baseline baseline = baseline();

      // 6. the figures side by side
      report.rule();
      summary(enqueue, drain, timeline, lookups, baseline);
      report.line("load average at the end", Report.loadAverage() + " (1 minute; 2 would fill both cores)");
    } finally {
      if (platform[0] != null) {
        platform[0].close();
      }
      smtp.stop();
      try {
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs anyway
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // the city and the platform

  private void loadCity() throws Exception {
    target.drop();
    long started = System.nanoTime();
    int migrations = target.migrate();
    long rows;
    long records;
    CityGenerator city = new CityGenerator(framework, options.scale(), options.seed(), options.asOf());
    try (Connection c = target.connect()) {
      try (RowLoader loader = new RowLoader(c, "", options.batchRows())) {
        loader.organisations(city.organisations());
        for (Iterator<GeneratedPerson> people = city.people().iterator(); people.hasNext(); ) {
          loader.person(people.next());
        }
        loader.flush();
        rows = loader.rows();
        records = loader.records;
      }
      Bench.restartSequences(c);
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE");
      }
      c.commit();
    }
    report.line("city loaded (as --suite=load, no baselines)", String.format("%d migration(s), %,d rows (%,d training"
        + " records) in %.1f s, ANALYZE done (load average %s)", migrations, rows, records, Bench.seconds(started),
        Report.loadAverage()));
  }

  /** A free port on 127.0.0.1 in the bench's range, other than the platform's two. */
  private int freePort() {
    int from = Math.max(service.port(), service.gridPort()) + 1;
    for (int port = from; port < from + 90; port++) {
      if (port == service.port() || port == service.gridPort()) {
        continue;
      }
      try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
        return port;
      } catch (IOException inUse) {
        // the next one
      }
    }
    throw new IllegalStateException("No free port on 127.0.0.1 from " + from + " for the SMTP server");
  }

  /** The platform on the data folder, mail over SMTP to GreenMail, the daily timer off. */
  private Platform start(Path data, int everySeconds, String logName, String label) throws Exception {
    Map<String, String> env = new LinkedHashMap<>(target.platformEnvironment());
    env.put("ACADEMY_DATA_DIR", data.toString());
    env.put("ACADEMY_PORT", Integer.toString(service.port()));
    env.put("ACADEMY_GRID_PORT", Integer.toString(service.gridPort()));
    env.put("ACADEMY_DEMO", "false");
    env.put("ACADEMY_JVM_OPTIONS", "-Xmx" + service.heap() + " -Dacademy.mail.mode=smtp -Dacademy.mail.host=127.0.0.1"
        + " -Dacademy.mail.port=" + smtpPort + " -Dacademy.mail.from=training@academy.example"
        + " -Dacademy.mail.every-seconds=" + everySeconds + " -Dacademy.reminders.automatic=false");
    PlatformSettings settings = PlatformSettings.fromEnvironment(env, options.repo());
    Platform platform = new Platform(settings);
    Path log = data.resolve(logName);
    long started = System.nanoTime();
    try {
      platform.start(log);
      platform.awaitReady(Duration.ofMinutes(5));
    } catch (Exception e) {
      System.err.println(ServiceBench.tail(log, 40));
      platform.close();
      throw e;
    }
    report.line("server (" + label + ")", String.format("Payara Micro pid %d, ready in %.1f s at %s, %s, JVM %s, log %s"
            + " (load average %s)", platform.pid(), Bench.seconds(started), settings.baseUrl(), settings.database(),
        String.join(" ", settings.jvmOptions()), log, Report.loadAverage()));
    return platform;
  }

  // ---------------------------------------------------------------------------------------------
  // 1. select and enqueue

  /** A run's answer. */
  record RunFigures(String day, long people, long reminders, long digests, long millis, double seconds, double serverCpuSeconds) {}

  /** What part 1 measured. */
  record Enqueue(RunFigures first, RunFigures second, long[] dueNanos, long dueRows, long duePeople, double dueCold) {}

  private Enqueue enqueue(HttpClient http, String base, long pid, HeapSampler heap, LocalDate today) throws Exception {
    // the baseline: the passport's own part, once cold, then three timed (the catalogue asks it once per run)
    URI dueUri = URI.create(base + "/passport/api/reminders/due?on=" + today);
    heap.phase("passport due (baseline)");
    long[] due = new long[3];
    long dueRows = -1;
    long duePeople = -1;
    double cold = 0;
    for (int run = -1; run < due.length; run++) {
      HttpRequest request = HttpRequest.newBuilder(dueUri).header("Authorization", "Bearer " + tokens.system("catalogue-service"))
          .header("Accept", "application/json").timeout(Duration.ofMinutes(10)).build();
      long t0 = System.nanoTime();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      long t1 = System.nanoTime();
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET " + dueUri + " answered " + response.statusCode() + ": " + shorten(response.body()));
      }
      if (run < 0) {
        cold = (t1 - t0) / 1e9;
        JsonArray lines = jsonArray(response.body());
        dueRows = lines.size();
        duePeople = lines.getValuesAs(JsonObject.class).stream().map(o -> o.getString("personId")).distinct().count();
        Map<String, Integer> byThreshold = new java.util.TreeMap<>();
        lines.getValuesAs(JsonObject.class).forEach(o -> byThreshold.merge(o.getString("threshold"), 1, Integer::sum));
        report.line("passport: GET /passport/api/reminders/due?on=" + today, String.format("%,d lines for %,d people (%s),"
            + " %,d bytes; first call %.2f s", dueRows, duePeople, byThreshold, response.body().length(), cold));
      } else {
        due[run] = t1 - t0;
      }
    }
    Arrays.sort(due);
    report.line("baseline: passport due alone, median of 3", String.format("%.2f s (min %.2f, max %.2f)", Report.median(due) / 1e9,
        due[0] / 1e9, due[due.length - 1] / 1e9));

    heap.phase("first run (select and enqueue)");
    RunFigures first = runExpiry(http, base, pid, "first run of the day");
    heap.phase("second run, same day");
    RunFigures second = runExpiry(http, base, pid, "second run, same day");
    heap.phase("after the runs");
    report.line("  second run wrote nothing", second.reminders() == 0 && second.people() == 0 && second.digests() == 0
        ? "yes" : String.format("NO: %d people, %d reminders, %d digests", second.people(), second.reminders(), second.digests()));
    return new Enqueue(first, second, due, dueRows, duePeople, cold);
  }

  private RunFigures runExpiry(HttpClient http, String base, long pid, String label) throws Exception {
    URI uri = URI.create(base + "/catalogue/api/reminders/expiry/runs");
    HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + tokens.academyAdmin())
        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofMinutes(30)).build();
    long cpu0 = ServiceBench.Cpu.ofProcess(pid);
    long t0 = System.nanoTime();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    double seconds = Bench.seconds(t0);
    long cpu = ServiceBench.Cpu.ofProcess(pid) - cpu0;
    if (response.statusCode() != 200) {
      throw new IllegalStateException("POST " + uri + " answered " + response.statusCode() + ": " + shorten(response.body()));
    }
    JsonObject o = ServiceBench.json(response.body());
    RunFigures f = new RunFigures(o.getString("day"), o.getJsonNumber("people").longValue(), o.getJsonNumber("reminders").longValue(),
        o.getJsonNumber("digests").longValue(), o.getJsonNumber("millis").longValue(), seconds, cpu0 < 0 ? -1 : cpu / 1e9);
    report.line("catalogue: POST .../reminders/expiry/runs, " + label, String.format("%.2f s (server's own %,d ms); day %s:"
            + " %,d people, %,d reminders, %,d team digests; server CPU %.1f s (load average %s)", f.seconds(), f.millis(), f.day(),
        f.people(), f.reminders(), f.digests(), f.serverCpuSeconds(), Report.loadAverage()));
    return f;
  }

  // ---------------------------------------------------------------------------------------------
  // the catalogue's rows, over JDBC (H2: a copy of the file, taken while the server is stopped)

  private Connection catalogue(Path data) throws Exception {
    if (target instanceof Target.Postgres pg) {
      String sep = options.pgUrl().contains("?") ? "&" : "?";
      return DriverManager.getConnection(options.pgUrl() + sep + "currentSchema=" + pg.catalogueSchema(), options.pgUser(),
          options.pgPassword());
    }
    Path copy = Files.createDirectories(h2Copy());
    Files.deleteIfExists(copy.resolve("catalogue.trace.db"));
    Files.copy(data.resolve("db/catalogue.mv.db"), copy.resolve("catalogue.mv.db"), StandardCopyOption.REPLACE_EXISTING);
    return DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("catalogue"), "sa", "sa");
  }

  private Map<String, Long> counts(Path data, String when) throws Exception {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection c = catalogue(data)) {
      for (String table : TABLES) {
        rows.put(table, ServiceBench.count(c, "SELECT COUNT(*) FROM " + table));
      }
      StringBuilder text = new StringBuilder();
      rows.forEach((t, n) -> text.append(text.length() == 0 ? "" : ", ").append(t).append(' ').append(String.format("%,d", n)));
      report.line("rows " + when + " (JDBC)", text.toString());
      StringBuilder kinds = new StringBuilder();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT kind, COUNT(*) FROM message GROUP BY kind ORDER BY kind")) {
        while (rs.next()) {
          kinds.append(kinds.length() == 0 ? "" : ", ").append(rs.getString(1)).append(' ').append(String.format("%,d", rs.getLong(2)));
        }
      }
      report.line("  messages by kind", kinds.toString());
      report.line("  email_outbox: sent / refused / waiting", String.format("%,d / %,d / %,d; team_reminder in a digest %,d",
          ServiceBench.count(c, "SELECT COUNT(*) FROM email_outbox WHERE sent_at IS NOT NULL"),
          ServiceBench.count(c, "SELECT COUNT(*) FROM email_outbox WHERE refused_at IS NOT NULL"),
          ServiceBench.count(c, "SELECT COUNT(*) FROM email_outbox WHERE sent_at IS NULL AND refused_at IS NULL"),
          ServiceBench.count(c, "SELECT COUNT(*) FROM team_reminder WHERE digest_message_id IS NOT NULL")));
    }
    return rows;
  }

  /** Outbox rows whose person has an address the passport would give (the others are refused, never sent). */
  private long deliverable() throws Exception {
    Map<String, String> emails = new HashMap<>();
    try (Connection c = target.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT passport_id, email FROM person")) {
      while (rs.next()) {
        emails.put(rs.getString(1), rs.getString(2));
      }
    }
    long with = 0;
    long without = 0;
    try (Connection c = catalogue(data()); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT person_id FROM email_outbox WHERE sent_at IS NULL AND refused_at IS NULL")) {
      while (rs.next()) {
        String email = emails.get(rs.getString(1));
        if (email == null || email.isBlank()) {
          without++;
        } else {
          with++;
        }
      }
    }
    report.line("outbox to send", String.format("%,d rows: %,d to people with an address in the passport, %,d without", with + without,
        with, without));
    return with;
  }

  // ---------------------------------------------------------------------------------------------
  // 2. the sender

  /** How the drain went, as the bench saw GreenMail's count. */
  record Drain(long received, double lastArrivalSeconds, double firstArrivalSeconds, boolean complete, double serverCpuSeconds) {}

  private int received() {
    return smtp.getManagers().getImapHostManager().getAllMessages().size();
  }

  /**
   * Polls GreenMail every 250 ms until every deliverable row arrived (on PostgreSQL: or the outbox
   * has nothing waiting), nothing arrived for a minute, or the time is up.
   */
  private Drain drain(long pid, long ready, long outbox, long expected) throws Exception {
    Path jfr = suite.jfr() ? options.target().resolve("reminders-" + options.db() + ".jfr") : null;
    if (jfr != null) {
      Files.deleteIfExists(jfr);
      Bench.jcmd(pid, "JFR.start", "name=bench-reminders", "settings=profile", "filename=" + jfr);
    }
    long cpu0 = ServiceBench.Cpu.ofProcess(pid);
    long deadline = ready + suite.drainMinutes() * 60_000_000_000L;
    long last = 0;
    long lastChange = System.nanoTime();
    long firstArrival = -1;
    long lastPrint = System.nanoTime();
    boolean complete = false;
    Connection live = target instanceof Target.Postgres ? catalogue(data()) : null;
    try {
      while (System.nanoTime() < deadline) {
        Thread.sleep(250);
        long now = System.nanoTime();
        long n = received();
        if (n > last) {
          if (last == 0) {
            firstArrival = now;
          }
          last = n;
          lastChange = now;
        }
        if (n >= expected) {
          complete = true;
          break;
        }
        if (live != null && now - lastPrint > 2_000_000_000L
            && ServiceBench.count(live, "SELECT COUNT(*) FROM email_outbox WHERE sent_at IS NULL AND refused_at IS NULL") == 0) {
          complete = true;
          break;
        }
        if (now - lastChange > 60_000_000_000L && n > 0) {
          break; // a minute without a message: stuck (or only retries left)
        }
        if (now - lastPrint > 10_000_000_000L) {
          System.out.printf("  (%.0f s: %,d of %,d received, load average %s)%n", (now - ready) / 1e9, n, expected,
              Report.loadAverage());
          lastPrint = now;
        }
      }
    } finally {
      if (live != null) {
        live.close();
      }
    }
    double cpu = cpu0 < 0 ? -1 : (ServiceBench.Cpu.ofProcess(pid) - cpu0) / 1e9;
    if (jfr != null) {
      Bench.jcmd(pid, "JFR.stop", "name=bench-reminders");
    }
    Drain d = new Drain(last, (lastChange - ready) / 1e9, firstArrival < 0 ? -1 : (firstArrival - ready) / 1e9, complete, cpu);
    report.line("drain: received by the SMTP server", String.format("%,d of %,d deliverable (%,d in the outbox) %s; first after %.1f s,"
            + " last after %.1f s from ready; server CPU %.1f s (load average %s)", d.received(), expected, outbox,
        complete ? "— all" : "— INCOMPLETE (stopped after " + (System.nanoTime() > deadline ? suite.drainMinutes() + " min" : "a minute with nothing new") + ")",
        d.firstArrivalSeconds(), d.lastArrivalSeconds(), cpu, Report.loadAverage()));
    if (jfr != null) {
      String summary = ImportBench.Profile.summarise(jfr);
      report.line("JFR profile of the server while draining", jfr.toString() + " (CPU samples only: waiting on SMTP, HTTP or"
          + " the pause between rounds does not show)");
      summary.lines().skip(1).limit(45).forEach(l -> report.line("", l));
    }
    return d;
  }

  /** The sender's work as the database recorded it: sent_at of every row sent. */
  record Timeline(long sent, double spanSeconds, double steadyRate, int rounds, double medianRoundSeconds, double medianGapSeconds,
      double medianRoundSize, double busyPerMessageMs) {
    double overallRate() {
      return spanSeconds <= 0 ? Double.NaN : (sent - 1) / spanSeconds;
    }
  }

  private Timeline timeline(Path data) throws Exception {
    List<Long> micros = new ArrayList<>();
    try (Connection c = catalogue(data); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT sent_at FROM email_outbox WHERE sent_at IS NOT NULL ORDER BY sent_at")) {
      while (rs.next()) {
        Timestamp t = rs.getTimestamp(1);
        micros.add(t.getTime() * 1000 + (t.getNanos() / 1000) % 1000);
      }
    }
    int n = micros.size();
    if (n < 2) {
      report.line("sent_at timeline", n + " rows sent: nothing to measure");
      return new Timeline(n, 0, Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double span = (micros.get(n - 1) - micros.get(0)) / 1e6;
    int lo = n / 10;
    int hi = n * 9 / 10;
    double steady = (hi - lo) / ((micros.get(hi) - micros.get(lo)) / 1e6);
    // rounds: a pause of more than half the period between two rows starts a new round
    double splitSeconds = Math.max(0.3, suite.everySeconds() / 2.0);
    List<long[]> rounds = new ArrayList<>(); // first, last, count
    long[] current = {micros.get(0), micros.get(0), 1};
    List<Double> gaps = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      long t = micros.get(i);
      if ((t - current[1]) / 1e6 > splitSeconds) {
        gaps.add((t - current[1]) / 1e6);
        rounds.add(current);
        current = new long[] {t, t, 1};
      } else {
        current[1] = t;
        current[2]++;
      }
    }
    rounds.add(current);
    double[] spans = rounds.stream().filter(r -> r[2] > 1).mapToDouble(r -> (r[1] - r[0]) / 1e6).sorted().toArray();
    double[] perMessage = rounds.stream().filter(r -> r[2] > 1).mapToDouble(r -> (r[1] - r[0]) / 1e3 / (r[2] - 1)).sorted().toArray();
    double[] sizes = rounds.stream().mapToDouble(r -> r[2]).sorted().toArray();
    double[] gapArray = gaps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    Timeline tl = new Timeline(n, span, steady, rounds.size(), median(spans), median(gapArray), median(sizes), median(perMessage));
    report.line("sent_at timeline (the server's clock)", String.format("%,d sent in %.1f s from the first to the last: %.1f messages/s;"
        + " steady middle (10th to 90th percentile) %.1f messages/s", n, span, tl.overallRate(), steady));
    report.line("  rounds (split at pauses > " + splitSeconds + " s)", String.format("%,d rounds, median %.0f messages a round;"
            + " median round %.3f s from its first to its last message (%.1f ms a message); median pause between rounds %.3f s",
        rounds.size(), tl.medianRoundSize(), tl.medianRoundSeconds(), tl.busyPerMessageMs(), tl.medianGapSeconds()));
    return tl;
  }

  private static double median(double[] sorted) {
    return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
  }

  /** What the sender asks the passport for each message, timed one by one from outside. */
  record Lookups(int n, double medianMs, double p95Ms) {}

  private Lookups lookups(HttpClient http, String base) throws Exception {
    if (suite.lookups() == 0) {
      return new Lookups(0, Double.NaN, Double.NaN);
    }
    List<String> people = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      // the sender writes the Message-ID as message-<outbox id>; the person comes from the passport's people
      if (people.size() >= suite.lookups() * 2) {
        break;
      }
      people.add(((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress());
    }
    // map addresses back to passport ids through the passport's own table
    Map<String, String> byEmail = new HashMap<>();
    try (Connection c = target.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT passport_id, email FROM person WHERE email IS NOT NULL")) {
      while (rs.next()) {
        byEmail.putIfAbsent(rs.getString(2).toLowerCase(java.util.Locale.ROOT), rs.getString(1));
      }
    }
    List<String> ids = people.stream().map(e -> byEmail.get(e.toLowerCase(java.util.Locale.ROOT))).filter(java.util.Objects::nonNull)
        .distinct().limit(suite.lookups()).toList();
    if (ids.isEmpty()) {
      report.line("address look-ups", "none: no received message maps back to a person");
      return new Lookups(0, Double.NaN, Double.NaN);
    }
    String token = tokens.system("catalogue-service");
    long signed = System.nanoTime();
    long[] nanos = new long[ids.size()];
    for (int warm = 0; warm < Math.min(50, ids.size()); warm++) {
      contact(http, base, ids.get(warm), token);
    }
    for (int i = 0; i < ids.size(); i++) {
      if (Bench.seconds(signed) > 120) {
        token = tokens.system("catalogue-service");
        signed = System.nanoTime();
      }
      long t0 = System.nanoTime();
      contact(http, base, ids.get(i), token);
      nanos[i] = System.nanoTime() - t0;
    }
    Arrays.sort(nanos);
    Lookups l = new Lookups(ids.size(), Report.ms(Report.median(nanos)), Report.ms(Report.p95(nanos)));
    report.line("address look-up: GET /passport/api/people/{id}/contact", String.format("median %.2f ms, p95 %.2f ms (%d people who got"
        + " a reminder, one at a time after 50 warm-up calls; a SYSTEM token, as the sender's)", l.medianMs(), l.p95Ms(), l.n()));
    return l;
  }

  private static void contact(HttpClient http, String base, String id, String token) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/passport/api/people/" + id + "/contact"))
        .header("Authorization", "Bearer " + token).header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET contact of " + id + " answered " + response.statusCode() + ": " + shorten(response.body()));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // the baseline: the same messages, straight from this JVM

  /** What the baseline sent. */
  record Baseline(int n, double seconds, long meanServerBytes, long meanBaselineBytes) {
    double rate() {
      return n / seconds;
    }
  }

  private Baseline baseline() throws Exception {
    MimeMessage[] sent = smtp.getReceivedMessages();
    int n = Math.min(suite.smtpBaseline(), sent.length);
    if (n == 0) {
      report.line("baseline", "nothing to send (the server sent nothing)");
      return new Baseline(0, Double.NaN, 0, 0);
    }
    // the server's messages as templates: subject, recipient, text and HTML (read before timing)
    List<Template> templates = new ArrayList<>(n);
    long serverBytes = 0;
    for (int i = 0; i < n; i++) {
      MimeMessage m = sent[i];
      String[] parts = new String[2];
      collect(m, parts);
      templates.add(new Template(m.getSubject(), (InternetAddress) m.getRecipients(Message.RecipientType.TO)[0], parts[0], parts[1]));
      serverBytes += size(m);
    }
    smtp.purgeEmailFromAllMailboxes();
    Properties p = new Properties();
    p.put("mail.transport.protocol", "smtp");
    p.put("mail.smtp.host", "127.0.0.1");
    p.put("mail.smtp.port", String.valueOf(smtpPort));
    p.put("mail.smtp.connectiontimeout", "10000");
    p.put("mail.smtp.timeout", "10000");
    p.put("mail.smtp.writetimeout", "10000");
    Session session = Session.getInstance(p);
    InternetAddress from = new InternetAddress("training@academy.example", "One Workforce Academy", "UTF-8");
    // warm-up (not counted): JIT and the server's first connections
    int warm = Math.min(100, n);
    for (int i = 0; i < warm; i++) {
      Transport.send(build(session, from, templates.get(i), "warm-" + i));
    }
    smtp.waitForIncomingEmail(30_000, warm);
    smtp.purgeEmailFromAllMailboxes();
    long baselineBytes = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      MimeMessage m = build(session, from, templates.get(i), "base-" + i);
      Transport.send(m); // one connection per message, as the server's SmtpMailTransport does
      if (i % 100 == 0) {
        baselineBytes += size(m) * Math.min(100, n - i);
      }
    }
    boolean all = smtp.waitForIncomingEmail(60_000, n);
    double seconds = Bench.seconds(t0);
    Baseline b = new Baseline(n, seconds, serverBytes / n, baselineBytes / n);
    report.line("baseline: the same messages from the bench JVM", String.format("%,d messages (text + HTML, multipart/alternative, the"
            + " server's own subjects, bodies and recipients) with Jakarta Mail Transport.send, one connection each, one thread:"
            + " %.2f s = %.1f messages/s (%s arrived); mean size %,d bytes (the server's %,d); after %d warm-up messages", n, seconds,
        b.rate(), all ? "all" : "NOT all", b.meanBaselineBytes(), b.meanServerBytes(), warm));

    // where SMTP's time goes: the same, without the local host name look-up of each EHLO; then one connection for all
    int m = Math.min(500, n);
    smtp.purgeEmailFromAllMailboxes();
    Properties named = new Properties();
    named.putAll(p);
    named.put("mail.smtp.localhost", "localhost");
    Session namedSession = Session.getInstance(named);
    t0 = System.nanoTime();
    for (int i = 0; i < m; i++) {
      Transport.send(build(namedSession, from, templates.get(i), "named-" + i));
    }
    smtp.waitForIncomingEmail(60_000, m);
    double namedSeconds = Bench.seconds(t0);
    smtp.purgeEmailFromAllMailboxes();
    t0 = System.nanoTime();
    try (Transport transport = namedSession.getTransport("smtp")) {
      transport.connect();
      for (int i = 0; i < m; i++) {
        MimeMessage message = build(namedSession, from, templates.get(i), "reused-" + i);
        transport.sendMessage(message, message.getAllRecipients());
      }
    }
    smtp.waitForIncomingEmail(60_000, m);
    double reusedSeconds = Bench.seconds(t0);
    report.line("  variant: mail.smtp.localhost=localhost", String.format("%,d messages, one connection each: %.1f messages/s"
        + " (no look-up of this host's name for each EHLO)", m, m / namedSeconds));
    report.line("  variant: and one connection for all", String.format("%,d messages: %.1f messages/s", m, m / reusedSeconds));
    return b;
  }

  /** One of the server's messages, as the baseline sends it again. */
  record Template(String subject, InternetAddress to, String text, String html) {}

  /** As the server's MimeMails builds it: multipart/alternative of text and HTML, Content-Language, a Message-ID. */
  private static MimeMessage build(Session session, InternetAddress from, Template t, String id) throws Exception {
    String messageId = "<" + id + "@bench.academy.local>";
    MimeMessage message = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws jakarta.mail.MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    message.setFrom(from);
    message.setRecipient(Message.RecipientType.TO, t.to());
    message.setSubject(t.subject(), "UTF-8");
    message.setSentDate(new Date());
    message.setHeader("Content-Language", "en-GB");
    MimeMultipart body = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(t.text() == null ? "" : t.text(), "UTF-8", "plain");
    body.addBodyPart(text);
    if (t.html() != null) {
      MimeBodyPart html = new MimeBodyPart();
      html.setText(t.html(), "UTF-8", "html");
      body.addBodyPart(html);
    }
    message.setContent(body);
    message.saveChanges();
    return message;
  }

  private static void collect(Part part, String[] texts) throws Exception {
    if (part.isMimeType("text/plain") && texts[0] == null) {
      texts[0] = (String) part.getContent();
    } else if (part.isMimeType("text/html") && texts[1] == null) {
      texts[1] = (String) part.getContent();
    } else if (part.isMimeType("multipart/*")) {
      Multipart mp = (Multipart) part.getContent();
      for (int i = 0; i < mp.getCount(); i++) {
        BodyPart bp = mp.getBodyPart(i);
        collect(bp, texts);
      }
    }
  }

  private static long size(MimeMessage m) throws Exception {
    long[] n = {0};
    m.writeTo(new OutputStream() {
      @Override
      public void write(int b) {
        n[0]++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        n[0] += len;
      }
    });
    return n[0];
  }

  // ---------------------------------------------------------------------------------------------

  private void summary(Enqueue e, Drain d, Timeline t, Lookups l, Baseline b) {
    double dueMedian = Report.median(e.dueNanos()) / 1e9;
    report.line("SELECT AND ENQUEUE (first run)", String.format("%.2f s for %,d people, %,d reminders, %,d team digests:"
            + " %.0f reminders/s", e.first().seconds(), e.first().people(), e.first().reminders(), e.first().digests(),
        e.first().reminders() / e.first().seconds()));
    report.line("  ratio to the passport's due list alone", String.format("%.1f x (%.2f s / %.2f s)", e.first().seconds() / dueMedian,
        e.first().seconds(), dueMedian));
    report.line("  second run the same day", String.format("%.2f s, wrote %,d reminders; %.1f x the due list", e.second().seconds(),
        e.second().reminders(), e.second().seconds() / dueMedian));
    report.line("SENDER (every " + suite.everySeconds() + " s, " + 20 + " a round)", String.format("%,d messages: %.1f messages/s"
            + " overall (server clock), %.1f messages/s steady middle; bench clock: %,d in %.1f s from ready = %.1f messages/s",
        t.sent(), t.overallRate(), t.steadyRate(), d.received(), d.lastArrivalSeconds(), d.received() / d.lastArrivalSeconds()));
    double roundBusy = 20 * t.busyPerMessageMs() / 1000;
    report.line("  ceiling of the sender's design", String.format("20 a round / (%d s pause + %.2f s of work a round) = %.1f messages/s",
        suite.everySeconds(), roundBusy, 20 / (suite.everySeconds() + roundBusy)));
    report.line("BASELINE straight to SMTP", String.format("%.1f messages/s (%,d messages)", b.rate(), b.n()));
    report.line("RATIO sender / baseline", String.format("%.3f (steady middle %.3f)", t.overallRate() / b.rate(), t.steadyRate() / b.rate()));
    if (l.n() > 0 && b.n() > 0) {
      double smtpMs = 1000 / b.rate();
      double rest = t.busyPerMessageMs() - l.medianMs() - smtpMs;
      report.line("  a message's time in a round (median)", String.format("%.1f ms: address look-up %.1f ms (%.0f %%), SMTP %.1f ms"
              + " (%.0f %%, the baseline's), the rest %.1f ms (%.0f %%: the outbox's claim, content and mark-sent transactions, the"
              + " MIME message)", t.busyPerMessageMs(), l.medianMs(), 100 * l.medianMs() / t.busyPerMessageMs(), smtpMs,
          100 * smtpMs / t.busyPerMessageMs(), rest, 100 * rest / t.busyPerMessageMs()));
      double paused = t.rounds() * (double) suite.everySeconds();
      report.line("  of the drain's time", String.format("%.0f s in pauses between rounds (%d x %d s) of %.0f s: %.0f %%", paused,
          t.rounds(), suite.everySeconds(), t.spanSeconds(), 100 * paused / t.spanSeconds()));
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static JsonArray jsonArray(String text) {
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
      return reader.readArray();
    }
  }

  private static String shorten(String body) {
    return body.substring(0, Math.min(500, body.length()));
  }
}
