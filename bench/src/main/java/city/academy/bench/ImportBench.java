package city.academy.bench;

import city.academy.city.CityGenerator;
import city.academy.city.GeneratedPerson;
import city.academy.launcher.Platform;
import city.academy.passport.api.TrainingFrameworkDto;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;

/**
 * The passport service's bulk import ({@code --suite=import}): a generated national-format file of
 * the city ({@link NationalImportFile}), uploaded over HTTP by an academy admin (whole city) to the
 * real platform on the loaded city, followed until it completes; then the same file again, which
 * must add nothing. Figures: upload and import seconds, rows/s, the job's counts, the server's peak
 * used heap, and SQL checks of what was written. Baseline in the same run: the same good rows into
 * a plain table with PostgreSQL {@code COPY} (on H2, {@code INSERT ... SELECT FROM CSVREAD}).
 */
final class ImportBench {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final double GOAL_RATIO = 0.25;
  private static final double GOAL_SECONDS = 60;
  private static final long GOAL_HEAP = 512L << 20;
  private static final String PLAIN = "plain_import_baseline";

  private final Options options;
  private final Target target;
  private final Report report;
  private final TrainingFrameworkDto framework;
  private ServiceTokens tokens;

  ImportBench(Options options, Target target, Report report, TrainingFrameworkDto framework) {
    this.options = options;
    this.target = target;
    this.report = report;
    this.framework = framework;
  }

  private CityGenerator city() {
    return new CityGenerator(framework, options.scale(), options.seed(), options.asOf());
  }

  /** One upload and the job it started, as far as it went. */
  record Run(double uploadSeconds, double importSeconds, double serverSeconds, long serverCpuNanos, String status,
      long read, long imported, long duplicate, long rejected, String message, long jobId) {
    double totalSeconds() {
      return uploadSeconds + importSeconds;
    }
  }

  void run() throws Exception {
    Options.Imports imports = options.imports();
    report.line("IMPORT", String.format("bulk import of a %,d-row national-format file (NATIONAL_HR) by an academy"
        + " admin, server -Xmx%s", imports.rows(), options.service().heap()));

    // 1. the city in the database, as the load suite puts it (ids 1, 2, 3... in stream order)
    long recordsBefore = loadCity();

    // 2. the file, from the same city (same seed): every good row names a real post
    LocalDate yesterday = LocalDate.now(LONDON).minusDays(1);
    LocalDate reference = options.asOf().isBefore(yesterday) ? options.asOf() : yesterday;
    Path dir = Files.createDirectories(options.target().resolve("import"));
    String fileName = "national-city-" + imports.rows() + ".csv";
    Path file = dir.resolve(fileName);
    Path baseline = dir.resolve("baseline-rows-" + imports.rows() + ".csv");
    String enteredAt = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx"));
    List<NationalImportFile.Competence> competences = NationalImportFile.competences(options.repo());
    NationalImportFile.Written w = NationalImportFile.write(city(), competences, imports.rows(), options.seed(),
        reference, file, baseline, fileName, "bench-academy-admin", enteredAt);
    report.line("file (generated, streaming)", String.format("%s: %,d rows (+ header) over %,d employments, %.1f MB,"
            + " written in %.2f s; %d national competence names, one per subject and level (%s)", file, w.rows(), w.employments(),
        w.bytes() / 1048576.0, w.seconds(), competences.size(), "NHS|CSTF|... of config/imports/national-competences.csv"));
    report.line("  rows: good / deliberately bad", String.format("%,d / %,d (%.2f %%: %,d unknown employee number,"
            + " %,d unmapped competence name, %,d impossible date 31/02)", w.goodRows(), w.badRows(),
        100.0 * w.badRows() / w.rows(), w.unknownEmployee(), w.unmappedName(), w.badDate()));
    report.line("  completion dates", "up to 3 years of history per competence and post, before " + reference
        + "; expiry = completion + the name's period");

    // 3. the platform on that database, the file uploaded twice
    Run first;
    Run second;
    String heapLine;
    Map<String, Long> peaks;
    String jfrSummary = null;
    Platform platform = ServiceBench.startPlatform(options, target, report);
    Thread stopOnExit = new Thread(platform::close, "bench-stop-platform");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    try {
      String base = platform.settings().baseUrl();
      tokens = new ServiceTokens(options.platformData().resolve("keys/token-private.pem"));
      HttpClient http = HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
      try (HeapSampler heap = new HeapSampler(http, base).start()) {
        Path jfr = imports.jfr() ? options.target().resolve("import-" + options.db() + ".jfr") : null;
        first = upload(http, heap, base, file, fileName, platform.pid(), "first import", jfr);
        if (jfr != null) {
          jfrSummary = Profile.summarise(jfr);
        }
        second = upload(http, heap, base, file, fileName, platform.pid(), "same file again", null);
        heap.phase("end");
        heapLine = heap.summary();
        peaks = heap.peaks();
      }
      report.line("heap after a full GC at the end", ServiceBench.afterFullGc(platform.pid()));
    } finally {
      platform.close();
      try {
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs anyway
      }
    }
    report.rule();
    print("first import", first, w);
    print("same file again", second, w);
    report.line("  added nothing the second time", second.imported() == 0 && second.duplicate() == w.goodRows()
        ? String.format("yes: 0 imported, all %,d good rows duplicate, in %.1f s", w.goodRows(), second.totalSeconds())
        : String.format("NO: %,d imported, %,d duplicate (expected 0 and %,d)", second.imported(), second.duplicate(),
            w.goodRows()));

    // 4. what the database holds now (read after the server stopped: on H2 it held the file)
    check(recordsBefore, first.imported());

    // 5. the baseline: the same good rows into a plain table, the database's fastest bulk path
    report.rule();
    double baselineSeconds = baseline(baseline, w.goodRows());
    double baselineRate = w.goodRows() / baselineSeconds;
    double endToEnd = first.imported() / first.totalSeconds();
    double processing = first.imported() / first.importSeconds();
    double ratio = endToEnd / baselineRate;
    report.rule();
    report.line("import rows/s, end to end (upload + import)", String.format("%,.0f rows imported/s (%,.0f rows read/s)",
        endToEnd, first.read() / first.totalSeconds()));
    report.line("import rows/s, processing only (202 to COMPLETED)", String.format("%,.0f rows imported/s", processing));
    report.line("ratio import / baseline (end to end)", String.format("%.3f (processing only %.3f; goal >= %.2f: %s)",
        ratio, processing / baselineRate, GOAL_RATIO, ratio >= GOAL_RATIO ? "met" : "NOT met"));
    report.line("whole file, upload + import", String.format("%.1f s (goal about a minute, <= %.0f s: %s)",
        first.totalSeconds(), GOAL_SECONDS, first.totalSeconds() <= GOAL_SECONDS ? "met" : "NOT met"));
    long peak = peaks.values().stream().mapToLong(Long::longValue).max().orElse(-1);
    peaks.forEach((phase, bytes) -> report.line("  server peak used heap during " + phase, Bench.mb(bytes)));
    long importPeak = peaks.entrySet().stream().filter(e -> e.getKey().startsWith("first import"))
        .mapToLong(Map.Entry::getValue).max().orElse(-1);
    report.line("peak used heap of the server, first import", String.format("%s with -Xmx%s, garbage included"
            + " (goal < 512 MB: %s); whole run %s", Bench.mb(importPeak), options.service().heap(),
        importPeak >= 0 && importPeak < GOAL_HEAP ? "met" : "NOT met", Bench.mb(peak)));
    report.line("server heap sampling", heapLine);
    if (jfrSummary != null) {
      report.rule();
      for (String line : jfrSummary.split("\n")) {
        report.line("", line);
      }
    }
    report.line("load average at the end", Report.loadAverage() + " (1 minute; 2 would fill both cores)");
  }

  private void print(String label, Run r, NationalImportFile.Written w) {
    report.line(label + ": upload (POST, file as the body)", String.format("%.2f s, %.1f MB/s, answered 202 (job %d)",
        r.uploadSeconds(), w.bytes() / 1048576.0 / r.uploadSeconds(), r.jobId()));
    report.line(label + ": import (202 to " + r.status() + ")", String.format("%.2f s polled (server's startedAt to"
            + " finishedAt %.2f s), server CPU %.1f s; %,.0f rows read/s", r.importSeconds(), r.serverSeconds(),
        r.serverCpuNanos() / 1e9, r.read() / r.importSeconds()));
    report.line(label + ": rows read / imported / duplicate / rejected", String.format("%,d / %,d / %,d / %,d"
            + " (file: %,d rows, %,d good, %,d bad)%s", r.read(), r.imported(), r.duplicate(), r.rejected(), w.rows(),
        w.goodRows(), w.badRows(), r.message() == null ? "" : "; message: " + r.message()));
  }

  /** Uploads the file, then polls the job every 250 ms until it is over. */
  private Run upload(HttpClient http, HeapSampler heap, String base, Path file, String fileName, long pid, String label,
      Path jfr) throws Exception {
    URI uri = URI.create(base + "/passport/api/imports?format=NATIONAL_HR&fileName="
        + URLEncoder.encode(fileName, StandardCharsets.UTF_8));
    heap.phase(label + ": upload");
    long cpu0 = ServiceBench.Cpu.ofProcess(pid);
    if (jfr != null) {
      Files.deleteIfExists(jfr);
      Bench.jcmd(pid, "JFR.start", "name=bench-import", "settings=profile", "filename=" + jfr);
    }
    long t0 = System.nanoTime();
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
        .header("Authorization", "Bearer " + tokens.academyAdmin())
        .header("Content-Type", "text/csv")
        .header("Accept", "application/json")
        .timeout(Duration.ofMinutes(10))
        .POST(HttpRequest.BodyPublishers.ofFile(file))
        .build(), HttpResponse.BodyHandlers.ofString());
    long t1 = System.nanoTime();
    if (response.statusCode() != 202) {
      throw new IllegalStateException("POST " + uri + " answered " + response.statusCode() + ": "
          + response.body().substring(0, Math.min(800, response.body().length())));
    }
    long id = ServiceBench.json(response.body()).getJsonNumber("id").longValue();
    heap.phase(label + ": import");
    URI job = URI.create(base + "/passport/api/imports/" + id);
    long deadline = t1 + TimeUnit.MINUTES.toNanos(options.imports().timeoutMinutes());
    JsonObject state;
    long lastPrinted = t1;
    while (true) {
      HttpResponse<String> poll = http.send(HttpRequest.newBuilder(job)
          .header("Authorization", "Bearer " + tokens.academyAdmin())
          .header("Accept", "application/json")
          .timeout(Duration.ofSeconds(30))
          .build(), HttpResponse.BodyHandlers.ofString());
      if (poll.statusCode() != 200) {
        throw new IllegalStateException("GET " + job + " answered " + poll.statusCode() + ": " + poll.body());
      }
      state = ServiceBench.json(poll.body());
      String status = state.getString("status");
      if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
        break;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Import " + id + " still " + status + " after "
            + options.imports().timeoutMinutes() + " minutes: " + poll.body());
      }
      if (System.nanoTime() - lastPrinted > 10_000_000_000L) {
        lastPrinted = System.nanoTime();
        System.out.printf("  (%s: %s, %,d rows read after %.0f s)%n", label, status,
            state.getJsonNumber("rowsRead").longValue(), Bench.seconds(t1));
      }
      Thread.sleep(250);
    }
    long t2 = System.nanoTime();
    heap.phase("between imports");
    long cpu = ServiceBench.Cpu.ofProcess(pid) - cpu0;
    if (jfr != null) {
      Bench.jcmd(pid, "JFR.stop", "name=bench-import");
    }
    double server = Double.NaN;
    if (present(state, "startedAt") && present(state, "finishedAt")) {
      server = Duration.between(OffsetDateTime.parse(state.getString("startedAt")),
          OffsetDateTime.parse(state.getString("finishedAt"))).toNanos() / 1e9;
    }
    Run run = new Run((t1 - t0) / 1e9, (t2 - t1) / 1e9, server, cpu, state.getString("status"),
        state.getJsonNumber("rowsRead").longValue(), state.getJsonNumber("rowsImported").longValue(),
        state.getJsonNumber("rowsDuplicate").longValue(), state.getJsonNumber("rowsRejected").longValue(),
        !present(state, "message") ? null : state.getString("message"), id);
    System.out.printf("  (%s: %s in %.1f s + %.1f s)%n", label, run.status(), run.uploadSeconds(), run.importSeconds());
    if (!run.status().equals("COMPLETED")) {
      throw new IllegalStateException("Import " + id + " ended " + run.status() + ": " + run.message());
    }
    return run;
  }

  /** JSON-B leaves null fields out. */
  private static boolean present(JsonObject o, String name) {
    return o.containsKey(name) && !o.isNull(name);
  }

  /** Drops, migrates and loads the city as the load suite does (without its baselines); returns the records. */
  private long loadCity() throws Exception {
    target.drop();
    long started = System.nanoTime();
    int migrations = target.migrate();
    long rows;
    long records;
    try (Connection c = target.connect()) {
      try (RowLoader loader = new RowLoader(c, "", options.batchRows())) {
        loader.organisations(city().organisations());
        for (Iterator<GeneratedPerson> people = city().people().iterator(); people.hasNext(); ) {
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
        + " records) in %.1f s, ANALYZE done", migrations, rows, records, Bench.seconds(started)));
    return records;
  }

  /** After the server stopped: the records added are exactly those imported, and no natural key twice. */
  private void check(long before, long imported) throws Exception {
    try (Connection c = checkConnection()) {
      long after = ServiceBench.count(c, "SELECT COUNT(*) FROM training_record");
      long fromImport = ServiceBench.count(c, "SELECT COUNT(*) FROM training_record WHERE source_reference IS NOT NULL");
      long twice = ServiceBench.count(c, "SELECT COUNT(*) FROM (SELECT source_reference FROM training_record"
          + " WHERE source_reference IS NOT NULL GROUP BY source_reference HAVING COUNT(*) > 1) d");
      long rejections = ServiceBench.count(c, "SELECT COUNT(*) FROM import_rejection");
      report.line("SQL check: training_record before / after", String.format("%,d / %,d: %,d more, the job says %,d"
          + " imported (%s); %,d with a source_reference, %,d of them twice (%s); %,d import_rejection rows",
          before, after, after - before, imported, after - before == imported ? "match" : "MISMATCH", fromImport, twice,
          twice == 0 ? "ok" : "DUPLICATES", rejections));
    }
  }

  private Connection checkConnection() throws Exception {
    if (target.isPostgres()) {
      return target.connect();
    }
    String url = "jdbc:h2:file:" + options.platformData().resolve("db/passport");
    SQLException last = null;
    for (int i = 0; i < 20; i++) { // the server may still be letting go of the file
      try {
        return DriverManager.getConnection(url, "sa", "sa");
      } catch (SQLException e) {
        last = e;
        Thread.sleep(500);
      }
    }
    throw last;
  }

  /** The same good rows into a plain table (no key, no index), by the database's fastest bulk path. */
  private double baseline(Path rows, long expected) throws Exception {
    String columns = "id BIGINT, person_id BIGINT, subject_code VARCHAR(48), level_code VARCHAR(16),"
        + " course_title VARCHAR(200), completed_on DATE, expires_on DATE, source VARCHAR(24), attested_by_org_id BIGINT,"
        + " entered_by VARCHAR(64), entered_at TIMESTAMP WITH TIME ZONE, entry_kind VARCHAR(16),"
        + " evidence_reference VARCHAR(200), local_code VARCHAR(48), source_reference VARCHAR(100), import_job_id BIGINT";
    try (Connection c = target.connect()) {
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute("DROP TABLE IF EXISTS " + PLAIN);
        s.execute("CREATE TABLE " + PLAIN + " (" + columns + ")");
      }
      long loaded;
      String how;
      long started = System.nanoTime();
      if (target.isPostgres()) {
        how = "PostgreSQL COPY " + PLAIN + " (" + NationalImportFile.BASELINE_COLUMNS + ") FROM STDIN (FORMAT csv,"
            + " HEADER) through the JDBC CopyManager, from the rows file";
        try (Reader in = Files.newBufferedReader(rows, StandardCharsets.UTF_8)) {
          loaded = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + PLAIN + " ("
              + NationalImportFile.BASELINE_COLUMNS + ") FROM STDIN WITH (FORMAT csv, HEADER true)", in, 1 << 16);
        }
      } else {
        how = "H2 INSERT INTO " + PLAIN + " (...) SELECT * FROM CSVREAD('<rows file>') in one statement";
        try (Statement s = c.createStatement()) {
          loaded = s.executeUpdate("INSERT INTO " + PLAIN + " (" + NationalImportFile.BASELINE_COLUMNS + ") SELECT * FROM"
              + " CSVREAD('" + rows.toAbsolutePath().toString().replace("'", "''") + "', NULL, 'charset=UTF-8')");
        }
      }
      double seconds = Bench.seconds(started);
      report.line("baseline: the same good rows into a plain table", String.format("%,d rows in %.2f s = %,.0f rows/s"
          + " (%s)", loaded, seconds, loaded / seconds, how));
      if (loaded != expected) {
        report.line("  WARNING", "the baseline loaded " + loaded + " rows, expected " + expected);
      }
      try (Statement s = c.createStatement()) {
        s.execute("DROP TABLE " + PLAIN);
      }
      return seconds;
    }
  }


  /** Where the server's CPU went: JFR execution samples, aggregated by top frame and by first project frame. */
  static final class Profile {
    private Profile() {}

    static String summarise(Path jfrFile) throws IOException, InterruptedException {
      Path jfr = Path.of(System.getProperty("java.home"), "bin", "jfr");
      Process p = new ProcessBuilder(jfr.toString(), "print", "--stack-depth", "64", "--events", "jdk.ExecutionSample", jfrFile.toString())
          .redirectErrorStream(true).start();
      Map<String, Integer> top = new HashMap<>();
      Map<String, Integer> project = new HashMap<>();
      Map<String, Integer> area = new HashMap<>();
      int samples = 0;
      try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        boolean inStack = false;
        boolean first = false;
        boolean projectSeen = false;
        String topFrame = null;
        while ((line = in.readLine()) != null) {
          String t = line.strip();
          if (t.startsWith("stackTrace = [")) {
            inStack = true;
            first = true;
            projectSeen = false;
            samples++;
            continue;
          }
          if (!inStack) {
            continue;
          }
          if (t.equals("]") || t.equals("...")) {
            if (t.equals("]")) {
              inStack = false;
              if (!projectSeen) {
                project.merge("(no city.academy frame)", 1, Integer::sum);
              }
            }
            continue;
          }
          String frame = t.replaceAll("\\s+line:.*$", "");
          if (first) {
            topFrame = frame;
            top.merge(frame, 1, Integer::sum);
            area.merge(area(frame), 1, Integer::sum);
            first = false;
          }
          if (!projectSeen && frame.startsWith("city.academy.")) {
            project.merge(frame, 1, Integer::sum);
            projectSeen = true;
          }
        }
      }
      p.waitFor(60, TimeUnit.SECONDS);
      StringBuilder out = new StringBuilder();
      out.append(String.format("JFR profile of the server during the first import (%s): %,d execution samples%n",
          jfrFile, samples));
      out.append("by area of the top frame:\n");
      append(out, area, samples, 12);
      out.append("top frames:\n");
      append(out, top, samples, 15);
      out.append("first city.academy frame on the stack:\n");
      append(out, project, samples, 12);
      return out.toString().stripTrailing();
    }

    private static String area(String frame) {
      if (frame.startsWith("org.postgresql.")) {
        return "PostgreSQL driver";
      }
      if (frame.startsWith("org.h2.")) {
        return "H2 database (in the server)";
      }
      if (frame.startsWith("sun.security.provider.") || frame.contains("MessageDigest")) {
        return "SHA-256 (natural keys)";
      }
      if (frame.startsWith("city.academy.")) {
        return "passport service code";
      }
      if (frame.startsWith("java.time.") || frame.startsWith("java.text.")) {
        return "java.time / dates";
      }
      if (frame.startsWith("java.lang.String") || frame.startsWith("java.lang.AbstractStringBuilder")
          || frame.startsWith("java.lang.StringLatin1") || frame.startsWith("java.lang.StringUTF16")
          || frame.startsWith("java.util.regex.")) {
        return "strings / regex";
      }
      if (frame.startsWith("java.util.")) {
        return "java.util collections";
      }
      if (frame.startsWith("sun.nio.") || frame.startsWith("java.io.") || frame.startsWith("java.nio.")
          || frame.startsWith("sun.nio.cs.")) {
        return "I/O and charsets";
      }
      if (frame.startsWith("com.sun.enterprise.") || frame.startsWith("org.glassfish.") || frame.startsWith("fish.payara.")
          || frame.startsWith("com.sun.gjc.") || frame.startsWith("org.jboss.weld.")) {
        return "Payara / container / pool";
      }
      return "other (" + frame.replaceAll("^((?:[a-z0-9_]+\\.){1,3}).*$", "$1") + ")";
    }

    private static void append(StringBuilder out, Map<String, Integer> counts, int total, int limit) {
      counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
          .forEach(e -> out.append(String.format("  %5.1f %%  %s%n", 100.0 * e.getValue() / Math.max(1, total),
              e.getKey())));
    }
  }
}
