package city.academy.bench;

import city.academy.city.CityGenerator;
import city.academy.city.FrameworkJson;
import city.academy.city.GeneratedPerson;
import city.academy.passport.api.TrainingFrameworkDto;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Loads the synthetic city into the passport schema and prints figures, each beside a baseline
 * measured in the same run:
 *
 * <ol>
 *   <li>generation alone (streaming, no database): people/s, records/s, heap;
 *   <li>load into the real tables (keys, foreign keys, indexes) with JDBC batches, against the same
 *       rows batched into unconstrained, unindexed copy tables (and, on PostgreSQL, COPY);
 *   <li>a passport read (all of a person's records and employments by passport id) for random
 *       people, median and p99, against a primary-key lookup of a person.
 * </ol>
 *
 * <p>With {@code --suite=passport} (or {@code all}, after the load) it then starts the platform on
 * the loaded city and measures the passport service over HTTP: see {@link ServiceBench}. With
 * {@code --suite=import} it loads the city, generates a national-format file of it and measures the
 * passport service's bulk import against COPY: see {@link ImportBench}. With {@code
 * --suite=apprenticeships} it starts the platform with the full city's apprenticeship cohorts and
 * times the catalogue's city-wide and cohort reports: see {@link ApprenticeshipBench}. With {@code
 * --suite=reminders} it loads the city and measures the daily expiry reminders (select and enqueue)
 * and the email sender over SMTP to a local server: see {@link ReminderBench}.
 */
public final class Bench {

  private static final String[] TABLES = {"organisation", "person", "employment", "training_record"};

  private final Options options;
  private final Target target;
  private final Report report = new Report();
  private TrainingFrameworkDto framework;

  private Bench(Options options) {
    this.options = options;
    this.target = Target.of(options);
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    new Bench(options).run();
  }

  private CityGenerator city() {
    return new CityGenerator(framework, options.scale(), options.seed(), options.asOf());
  }

  static TrainingFrameworkDto frameworkOf(Options options) {
    return FrameworkJson.read(options.framework());
  }

  private void run() throws Exception {
    framework = FrameworkJson.read(options.framework());
    if (options.suite().passport() || options.suite().catalogue() || options.suite().imports()
        || options.suite().apprenticeships() || options.suite().reminders()) {
      // before a long load, not after it: the WARs, Payara and a free port are needed
      ServiceBench.checkPrerequisites(options);
    }
    report.header(options, target, framework);
    if (options.suite().load()) {
      load();
    }
    if (options.suite().passport()) {
      new ServiceBench(options, target, report).run();
    }
    if (options.suite().catalogue()) {
      new CatalogueBench(options, target, report).run();
    }
    if (options.suite().imports()) {
      new ImportBench(options, target, report, framework).run();
    }
    if (options.suite().apprenticeships()) {
      new ApprenticeshipBench(options, target, report).run();
    }
    if (options.suite().reminders()) {
      new ReminderBench(options, target, report, framework).run();
    }
    report.finish(options);
  }

  /** The load suite: generation, schema, load, baselines and direct reads. */
  private void load() throws Exception {
    // 1. generation only: a cold pass (JIT warming up), then the measured warm pass
    long heapBefore = usedHeapAfterGc();
    long started = System.nanoTime();
    city().people().forEach(p -> { });
    double coldSeconds = seconds(started);
    long[] counts = new long[3];
    long peak = 0;
    started = System.nanoTime();
    Iterator<GeneratedPerson> it = city().people().iterator();
    while (it.hasNext()) {
      GeneratedPerson p = it.next();
      counts[0]++;
      counts[1] += p.employments().size();
      counts[2] += p.records().size();
      if (counts[0] % 5_000 == 0) {
        peak = Math.max(peak, usedHeap());
      }
    }
    double genSeconds = seconds(started);
    long heapAfter = usedHeapAfterGc();
    report.generation(counts[0], counts[1], counts[2], coldSeconds, genSeconds, heapBefore, heapAfter,
        peak);

    // 2. schema
    target.drop();
    started = System.nanoTime();
    int migrations = target.migrate();
    report.line("schema", String.format("%d Flyway migration(s) from %s in %.2f s", migrations,
        options.migrations(), seconds(started)));

    try (Connection c = target.connect()) {
      DatabaseMetaData md = c.getMetaData();
      report.line("database", md.getDatabaseProductName() + " " + md.getDatabaseProductVersion()
          + ", driver " + md.getDriverName() + " " + md.getDriverVersion());

      // sample people for the read benchmark, chosen before loading
      Map<Integer, Integer> sampleSlots = sample(counts[0]);
      String[] samplePassports = new String[sampleSlots.size()];
      long[] samplePersonIds = new long[sampleSlots.size()];

      // 3. load into the real tables
      System.gc();
      started = System.nanoTime();
      long rows;
      try (RowLoader loader = new RowLoader(c, "", options.batchRows())) {
        loader.organisations(city().organisations());
        int index = 0;
        Iterator<GeneratedPerson> people = city().people().iterator();
        while (people.hasNext()) {
          GeneratedPerson p = people.next();
          long id = loader.person(p);
          Integer slot = sampleSlots.get(index++);
          if (slot != null) {
            samplePassports[slot] = p.personId();
            samplePersonIds[slot] = id;
          }
        }
        loader.flush();
        rows = loader.rows();
      }
      restartSequences(c);
      double loadSeconds = seconds(started);
      report.load("load: passport tables (JDBC batches)", rows, loadSeconds, genSeconds, null);
      report.line("heap after load", mb(usedHeapAfterGc()));

      started = System.nanoTime();
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE");
      }
      c.commit();
      report.line("analyze", String.format("%.2f s (not in the load figure)", seconds(started)));

      // 4. baselines: the same rows into unconstrained, unindexed copies
      createCopyTables(c);
      System.gc();
      started = System.nanoTime();
      long baselineRows;
      try (RowLoader loader = new RowLoader(c, "copy_", options.batchRows())) {
        loader.organisations(city().organisations());
        Iterator<GeneratedPerson> people = city().people().iterator();
        while (people.hasNext()) {
          loader.person(people.next());
        }
        loader.flush();
        baselineRows = loader.rows();
      }
      double baselineSeconds = seconds(started);
      report.load("baseline: copy tables, same JDBC batches", baselineRows, baselineSeconds,
          genSeconds, null);
      report.ratio("load / batched-insert baseline", loadSeconds, baselineSeconds, genSeconds);

      if (target.isPostgres()) {
        try (Statement s = c.createStatement()) {
          for (String t : TABLES) {
            s.execute("TRUNCATE copy_" + t);
          }
        }
        c.commit();
        List<Connection> copies = new ArrayList<>();
        try {
          for (int i = 0; i < 4; i++) {
            copies.add(target.connect());
          }
          System.gc();
          started = System.nanoTime();
          long copyRows;
          CopyLoader copy = new CopyLoader(copies, city().organisations());
          Iterator<GeneratedPerson> people = city().people().iterator();
          while (people.hasNext()) {
            copy.person(people.next());
          }
          copy.close();
          copyRows = copy.rows;
          double copySeconds = seconds(started);
          report.load("baseline: copy tables, COPY FROM STDIN", copyRows, copySeconds, genSeconds, null);
          report.ratio("load / COPY baseline", loadSeconds, copySeconds, genSeconds);
        } finally {
          for (Connection x : copies) {
            x.close();
          }
        }
      }
      dropCopyTables(c);

      // 5. reads
      queries(c, samplePassports, samplePersonIds);
    }
  }

  /** Positions in the stream of the sampled people → slot in the sample arrays. */
  private Map<Integer, Integer> sample(long people) {
    int n = (int) Math.min(options.queries(), people);
    SplittableRandom r = new SplittableRandom(options.seed() ^ 0x5EED);
    Map<Integer, Integer> slots = new HashMap<>();
    while (slots.size() < n) {
      slots.putIfAbsent(r.nextInt((int) people), slots.size());
    }
    return slots;
  }

  /** The service's sequences and the tables whose ids they give. */
  private static final String[][] SEQUENCES = {
      {"organisation_seq", "organisation"}, {"person_seq", "person"}, {"employment_seq", "employment"},
      {"training_record_seq", "training_record"}, {"user_account_seq", "user_account"},
      {"role_grant_seq", "role_grant"}, {"passport_access_log_seq", "passport_access_log"},
      {"share_code_seq", "share_code"}};

  /**
   * Restarts every sequence past the highest id in its table, for the service to insert after the
   * load. EclipseLink (allocationSize 50, sequences INCREMENT BY 50) takes the value it gets as the
   * last id of a block of 50, so the restart value is a multiple of 50 at least max id + 50.
   */
  static void restartSequences(Connection c) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      for (String[] sequence : SEQUENCES) {
        long max;
        try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + sequence[1])) {
          rs.next();
          max = rs.getLong(1);
        }
        s.execute("ALTER SEQUENCE " + sequence[0] + " RESTART WITH " + restartValue(max));
      }
    }
    c.commit();
    c.setAutoCommit(autoCommit);
  }

  /** The smallest multiple of 50 that is at least {@code maxId + 50}. */
  static long restartValue(long maxId) {
    return ((maxId + 50 + 49) / 50) * 50;
  }

  private static void createCopyTables(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE copy_organisation (id BIGINT, code VARCHAR(16), name VARCHAR(200),"
          + " org_type VARCHAR(32), sector VARCHAR(16), created_at TIMESTAMP WITH TIME ZONE)");
      s.execute("CREATE TABLE copy_person (id BIGINT, passport_id VARCHAR(16), given_name VARCHAR(100),"
          + " family_name VARCHAR(100), email VARCHAR(254), created_at TIMESTAMP WITH TIME ZONE)");
      s.execute("CREATE TABLE copy_employment (id BIGINT, person_id BIGINT, organisation_id BIGINT,"
          + " employee_number VARCHAR(32), staff_group VARCHAR(48), job_role VARCHAR(100), clinical BOOLEAN,"
          + " patient_facing BOOLEAN, line_manager_id BIGINT, start_date DATE, end_date DATE)");
      s.execute("CREATE TABLE copy_training_record (id BIGINT, person_id BIGINT, subject_code VARCHAR(48),"
          + " level_code VARCHAR(16), course_title VARCHAR(200), completed_on DATE, expires_on DATE,"
          + " source VARCHAR(24), attested_by_org_id BIGINT, entered_by VARCHAR(64),"
          + " entered_at TIMESTAMP WITH TIME ZONE, entry_kind VARCHAR(16), supersedes_id BIGINT,"
          + " reason VARCHAR(500))");
    }
    c.commit();
  }

  private static void dropCopyTables(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String t : TABLES) {
        s.execute("DROP TABLE copy_" + t);
      }
    }
    c.commit();
  }

  private void queries(Connection c, String[] passports, long[] personIds) throws SQLException {
    c.setAutoCommit(true);
    String recordsSql =
        "SELECT tr.id, tr.subject_code, tr.level_code, tr.course_title, tr.completed_on, tr.expires_on,"
            + " tr.source, tr.attested_by_org_id, tr.entry_kind, tr.supersedes_id"
            + " FROM training_record tr JOIN person p ON p.id = tr.person_id WHERE p.passport_id = ?";
    String employmentsSql =
        "SELECT e.id, o.code, e.employee_number, e.staff_group, e.job_role, e.clinical, e.patient_facing,"
            + " e.line_manager_id, e.start_date, e.end_date"
            + " FROM employment e JOIN person p ON p.id = e.person_id"
            + " JOIN organisation o ON o.id = e.organisation_id WHERE p.passport_id = ?";
    String pkSql = "SELECT id, passport_id, given_name, family_name, email FROM person WHERE id = ?";
    int n = passports.length;
    long[] passportNanos = new long[n];
    long[] pkNanos = new long[n];
    long rowsRead = 0;
    try (PreparedStatement records = c.prepareStatement(recordsSql);
        PreparedStatement employments = c.prepareStatement(employmentsSql);
        PreparedStatement pk = c.prepareStatement(pkSql)) {
      // warm up both paths (JIT, statement caches, buffer pool) on a disjoint pass
      for (int round = 0; round < 2; round++) {
        for (int i = 0; i < n; i += 4) {
          drain(records, passports[i]);
          drain(employments, passports[i]);
          drain(pk, personIds[i]);
        }
      }
      // interleave the two so that both see the same machine noise
      for (int i = 0; i < n; i++) {
        long t0 = System.nanoTime();
        long read = drain(records, passports[i]) + drain(employments, passports[i]);
        long t1 = System.nanoTime();
        drain(pk, personIds[i]);
        long t2 = System.nanoTime();
        passportNanos[i] = t1 - t0;
        pkNanos[i] = t2 - t1;
        rowsRead += read;
      }
    }
    report.reads(n, rowsRead, passportNanos, pkNanos);
  }

  private static long drain(PreparedStatement s, Object key) throws SQLException {
    if (key instanceof Long id) {
      s.setLong(1, id);
    } else {
      s.setString(1, (String) key);
    }
    try (ResultSet rs = s.executeQuery()) {
      return drain(rs);
    }
  }

  /** Reads every column of every row, as a client that uses them would; answers the rows read. */
  static long drain(ResultSet rs) throws SQLException {
    long rows = 0;
    int columns = rs.getMetaData().getColumnCount();
    while (rs.next()) {
      for (int i = 1; i <= columns; i++) {
        rs.getObject(i);
      }
      rows++;
    }
    return rows;
  }

  /** Runs {@code jcmd <pid> <command...>} of this JDK and answers what it printed. */
  static String jcmd(long pid, String... command) throws java.io.IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    List<String> args = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
    args.addAll(List.of(command));
    Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------

  static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return usedHeap();
  }

  static String mb(long bytes) {
    return String.format("%.1f MB", bytes / 1048576.0);
  }
}
