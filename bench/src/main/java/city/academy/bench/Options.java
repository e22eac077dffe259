package city.academy.bench;

import city.academy.city.CityGenerator;
import city.academy.city.CityScale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/** Command-line options: {@code --name=value}. */
record Options(
    String db,
    CityScale scale,
    long seed,
    LocalDate asOf,
    int queries,
    int batchRows,
    Path repo,
    String pgUrl,
    String pgUser,
    String pgPassword,
    String pgSchema,
    Suite suite,
    Service service,
    int courses,
    int sessionsPerCourse,
    int stormPeople,
    int stormClients,
    Imports imports,
    Apprenticeships apprenticeships,
    Reminders reminders) {

  /**
   * The bulk-import suite.
   *
   * @param rows rows of the generated national-format file (bad ones included)
   * @param jfr whether to record a JFR profile of the server during the first import
   * @param timeoutMinutes at most this long per import before the bench gives up
   */
  record Imports(int rows, boolean jfr, int timeoutMinutes) {}

  /**
   * The apprenticeship reports suite.
   *
   * @param requests timed requests per endpoint, one client (or until {@code seconds} are up)
   * @param seconds at most this long per endpoint's sequential phase
   * @param clients clients of the concurrent phase on the city report (JSON)
   * @param concurrentSeconds length of the concurrent phase
   * @param jfr whether to record a JFR profile of the server during the city report's sequential phase
   */
  record Apprenticeships(int requests, int seconds, int clients, int concurrentSeconds, boolean jfr) {}

  /**
   * The expiry reminders suite: select and enqueue, then the email sender to a local SMTP server.
   *
   * @param drainMinutes at most this long waiting for the outbox to be sent before the bench gives up
   * @param everySeconds the sender's {@code academy.mail.every-seconds} once sending is switched on
   * @param smtpBaseline messages the bench sends straight to the SMTP server (the baseline); at most
   *     as many as the server sent
   * @param lookups address look-ups ({@code GET /passport/api/people/{id}/contact}) timed one by one
   * @param jfr whether to record a JFR profile of the server while it drains the outbox
   */
  record Reminders(int drainMinutes, int everySeconds, int smtpBaseline, int lookups, boolean jfr) {}

  /** Which part to run: the load (and direct reads), the service benchmarks, or both in turn. */
  enum Suite {
    LOAD,
    PASSPORT,
    ALL,
    /** The catalogue service on a generated city catalogue: search and the booking storm. */
    CATALOGUE,
    /** The passport service's bulk import of a generated national-format file, against COPY. */
    IMPORT,
    /** The catalogue's apprenticeship reports on the full city's cohorts (the demo loader's city scale). */
    APPRENTICESHIPS,
    /** The daily expiry reminders over the city: select and enqueue, then the email sender over SMTP. */
    REMINDERS;

    boolean load() {
      return this == LOAD || this == ALL;
    }

    boolean passport() {
      return this == PASSPORT || this == ALL;
    }

    boolean catalogue() {
      return this == CATALOGUE;
    }

    boolean imports() {
      return this == IMPORT;
    }

    boolean apprenticeships() {
      return this == APPRENTICESHIPS;
    }

    boolean reminders() {
      return this == REMINDERS;
    }
  }

  /**
   * The service benchmarks: the platform on 127.0.0.1, HTTP load and compliance timings.
   *
   * @param port the platform's HTTP port (the data grid takes {@code gridPort})
   * @param heap the server's {@code -Xmx}
   * @param clients concurrent HTTP clients for the passport and baseline loads
   * @param people random people of the city whose passports are asked for
   * @param warmupSeconds warm-up of the passport load (the baseline gets a third of it)
   * @param measureSeconds one measured phase; each round has one of each endpoint
   * @param rounds measured rounds, passport and baseline alternating
   * @param maxRequests at most this many requests in any one phase
   * @param organisation the organisation whose compliance is timed
   * @param complianceRuns timed runs of each compliance call and each SQL baseline (after one warm-up)
   */
  record Service(
      int port,
      int gridPort,
      String heap,
      int clients,
      int people,
      int warmupSeconds,
      int measureSeconds,
      int rounds,
      int maxRequests,
      String organisation,
      int complianceRuns) {}

  static final String MIGRATIONS = "passport-service/src/main/resources/db/migration/passport";

  static Options parse(String[] args) {
    String db = "h2";
    CityScale scale = CityScale.CITY;
    long seed = CityGenerator.DEFAULT_SEED;
    LocalDate asOf = null; // 2026-11-22; today (London) for the reminders suite
    int queries = 2_000;
    int batchRows = 2_000;
    Path repo = null;
    String pgUrl = "jdbc:postgresql://127.0.0.1:5432/test";
    String pgUser = "postgres";
    String pgPassword = "";
    String pgSchema = null; // bench_passport; bench_apprentice_passport for the apprenticeships suite
    Suite suite = Suite.ALL;
    Integer port = null; // 18680; 18880 for the apprenticeships suite
    Integer gridPort = null; // 18681; 18881 for the apprenticeships suite
    String heap = "1g";
    int clients = 16;
    int people = 2_000;
    int warmup = 15;
    int measure = 4;
    int rounds = 6;
    int maxRequests = 200_000;
    String organisation = "NGH";
    int complianceRuns = 5;
    int courses = 2_000;
    int sessionsPerCourse = 10;
    int stormPeople = 2_000;
    int stormClients = 2_000;
    int importRows = 1_000_000;
    boolean importJfr = false;
    int importTimeout = 20;
    int reportRequests = 50;
    int reportSeconds = 30;
    int reportClients = 4;
    int reportConcurrent = 10;
    boolean reportJfr = false;
    int drainMinutes = 30;
    int mailEverySeconds = 1;
    int smtpBaseline = 2_000;
    int lookups = 500;
    boolean reminderJfr = false;
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("Expected --name=value, got " + arg + "\n" + usage());
      }
      String name = arg.substring(2, arg.indexOf('='));
      String value = arg.substring(arg.indexOf('=') + 1);
      switch (name) {
        case "db" -> db = value.toLowerCase(Locale.ROOT);
        case "scale" -> scale = CityScale.valueOf(value.toUpperCase(Locale.ROOT));
        case "seed" -> seed = Long.parseLong(value);
        case "as-of" -> asOf = value.equalsIgnoreCase("today") ? LocalDate.now() : LocalDate.parse(value);
        case "queries" -> queries = Integer.parseInt(value);
        case "batch" -> batchRows = Integer.parseInt(value);
        case "repo" -> repo = Path.of(value);
        case "pg-url" -> pgUrl = value;
        case "pg-user" -> pgUser = value;
        case "pg-password" -> pgPassword = value;
        case "pg-schema" -> pgSchema = value;
        case "suite" -> suite = switch (value.toLowerCase(Locale.ROOT)) {
          case "load" -> Suite.LOAD;
          case "passport" -> Suite.PASSPORT;
          case "all" -> Suite.ALL;
          case "catalogue" -> Suite.CATALOGUE;
          case "import" -> Suite.IMPORT;
          case "apprenticeships" -> Suite.APPRENTICESHIPS;
          case "reminders" -> Suite.REMINDERS;
          default -> throw new IllegalArgumentException("--suite must be load, passport, all, catalogue, import, apprenticeships"
              + " or reminders\n"
              + usage());
        };
        case "port" -> port = Integer.parseInt(value);
        case "grid-port" -> gridPort = Integer.parseInt(value);
        case "server-heap" -> heap = value;
        case "clients" -> clients = Integer.parseInt(value);
        case "people" -> people = Integer.parseInt(value);
        case "warmup" -> warmup = Integer.parseInt(value);
        case "measure" -> measure = Integer.parseInt(value);
        case "rounds" -> rounds = Integer.parseInt(value);
        case "max-requests" -> maxRequests = Integer.parseInt(value);
        case "org" -> organisation = value.toUpperCase(Locale.ROOT);
        case "compliance-runs" -> complianceRuns = Integer.parseInt(value);
        case "courses" -> courses = Integer.parseInt(value);
        case "sessions-per-course" -> sessionsPerCourse = Integer.parseInt(value);
        case "storm-people" -> stormPeople = Integer.parseInt(value);
        case "storm-clients" -> stormClients = Integer.parseInt(value);
        case "import-rows" -> importRows = Integer.parseInt(value);
        case "import-jfr" -> importJfr = Boolean.parseBoolean(value);
        case "import-timeout" -> importTimeout = Integer.parseInt(value);
        case "report-requests" -> reportRequests = Integer.parseInt(value);
        case "report-seconds" -> reportSeconds = Integer.parseInt(value);
        case "report-clients" -> reportClients = Integer.parseInt(value);
        case "report-concurrent" -> reportConcurrent = Integer.parseInt(value);
        case "report-jfr" -> reportJfr = Boolean.parseBoolean(value);
        case "drain-minutes" -> drainMinutes = Integer.parseInt(value);
        case "mail-every-seconds" -> mailEverySeconds = Integer.parseInt(value);
        case "smtp-baseline" -> smtpBaseline = Integer.parseInt(value);
        case "lookups" -> lookups = Integer.parseInt(value);
        case "reminder-jfr" -> reminderJfr = Boolean.parseBoolean(value);
        default -> throw new IllegalArgumentException("Unknown option --" + name + "\n" + usage());
      }
    }
    if (!db.equals("h2") && !db.equals("postgres")) {
      throw new IllegalArgumentException("--db must be h2 or postgres\n" + usage());
    }
    boolean apprenticeships = suite == Suite.APPRENTICESHIPS;
    boolean reminders = suite == Suite.REMINDERS;
    if (asOf == null) {
      // the reminders go out for the server's today: the city's records are generated around it
      asOf = reminders ? LocalDate.now(java.time.ZoneId.of("Europe/London")) : LocalDate.of(2026, 11, 22);
    }
    if (pgSchema == null) {
      // its own schemas (passport and catalogue), dropped and filled by the platform's demo loaders;
      // the reminders suite's are bench_rem_passport and bench_rem_catalogue
      pgSchema = apprenticeships ? "bench_apprentice_passport" : reminders ? "bench_rem_passport" : "bench_passport";
    }
    if (port == null) {
      port = apprenticeships ? 18880 : reminders ? 18900 : 18680;
    }
    if (gridPort == null) {
      gridPort = apprenticeships ? 18881 : reminders ? 18901 : 18681;
    }
    if (!pgSchema.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("--pg-schema must be a plain lower-case identifier");
    }
    if (!heap.matches("[0-9]+[kmgKMG]?")) {
      throw new IllegalArgumentException("--server-heap is an -Xmx size such as 1g or 768m");
    }
    if (!organisation.matches("[A-Z0-9-]{1,16}")) {
      throw new IllegalArgumentException("--org is an organisation code such as NGH");
    }
    // Bounded in count and time: each phase stops at whichever limit comes first, and the tokens
    // (valid 5 minutes) are signed again before any phase that would outlive them.
    require(port > 1024 && port < 65535 && gridPort > 1024 && gridPort < 65535 && port != gridPort,
        "--port and --grid-port: two different ports above 1024");
    require(clients >= 1 && clients <= 64, "--clients: 1 to 64");
    require(people >= 1 && people <= 57_000, "--people: 1 to 57000");
    require(warmup >= 0 && warmup <= 120, "--warmup: 0 to 120 seconds");
    require(measure >= 1 && measure <= 120, "--measure: 1 to 120 seconds");
    require(rounds >= 1 && rounds <= 10, "--rounds: 1 to 10");
    require(maxRequests >= 100 && maxRequests <= 2_000_000, "--max-requests: 100 to 2000000");
    require(complianceRuns >= 1 && complianceRuns <= 21, "--compliance-runs: 1 to 21");
    require(courses >= 10 && courses <= 20_000, "--courses: 10 to 20000");
    require(sessionsPerCourse >= 1 && sessionsPerCourse <= 50, "--sessions-per-course: 1 to 50");
    require(stormPeople >= 31 && stormPeople <= 10_000, "--storm-people: 31 to 10000");
    require(stormClients >= 1 && stormClients <= 4_000, "--storm-clients: 1 to 4000");
    require(importRows >= 1_000 && importRows <= 5_000_000, "--import-rows: 1000 to 5000000");
    require(importTimeout >= 1 && importTimeout <= 60, "--import-timeout: 1 to 60 minutes");
    require(reportRequests >= 1 && reportRequests <= 1_000, "--report-requests: 1 to 1000");
    require(reportSeconds >= 1 && reportSeconds <= 120, "--report-seconds: 1 to 120");
    require(reportClients >= 1 && reportClients <= 16, "--report-clients: 1 to 16");
    require(reportConcurrent >= 1 && reportConcurrent <= 120, "--report-concurrent: 1 to 120 seconds");
    require(drainMinutes >= 1 && drainMinutes <= 180, "--drain-minutes: 1 to 180");
    require(mailEverySeconds >= 1 && mailEverySeconds <= 60, "--mail-every-seconds: 1 to 60");
    require(smtpBaseline >= 0 && smtpBaseline <= 100_000, "--smtp-baseline: 0 to 100000");
    require(lookups >= 0 && lookups <= 10_000, "--lookups: 0 to 10000");
    return new Options(db, scale, seed, asOf, queries, batchRows,
        repo != null ? repo.toAbsolutePath().normalize() : findRepo(), pgUrl, pgUser, pgPassword, pgSchema,
        suite, new Service(port, gridPort, heap, clients, people, warmup, measure, rounds, maxRequests,
            organisation, complianceRuns), courses, sessionsPerCourse, stormPeople, stormClients,
        new Imports(importRows, importJfr, importTimeout),
        new Apprenticeships(reportRequests, reportSeconds, reportClients, reportConcurrent, reportJfr),
        new Reminders(drainMinutes, mailEverySeconds, smtpBaseline, lookups, reminderJfr));
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message + "\n" + usage());
    }
  }

  /** The repository root: the nearest directory at or above the working one holding the migrations. */
  private static Path findRepo() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(MIGRATIONS))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "Run inside the repository (no " + MIGRATIONS + " found above " + Path.of("").toAbsolutePath()
            + ") or pass --repo=<path>");
  }

  Path migrations() {
    return repo.resolve(MIGRATIONS);
  }

  Path framework() {
    return repo.resolve("config/framework/cstf-framework.json");
  }

  Path target() {
    return repo.resolve("bench/target");
  }

  /** The data folder of the platform the service benchmarks start (keys, H2 files, log). */
  Path platformData() {
    return target().resolve("platform-" + db);
  }

  static String usage() {
    return "usage: Bench [--db=h2|postgres] [--scale=city|demo] [--seed=2026] [--as-of=2026-11-22|today]"
        + " [--queries=2000] [--batch=2000] [--repo=<repo root>] [--pg-url=jdbc:postgresql://127.0.0.1:5432/test]"
        + " [--pg-user=postgres] [--pg-password=] [--pg-schema=bench_passport]"
        + " [--suite=all|load|passport|catalogue|import|apprenticeships] [--port=18680 (18880)] [--grid-port=18681 (18881)]"
        + " [--server-heap=1g] [--clients=16]"
        + " [--people=2000] [--warmup=15] [--measure=4] [--rounds=6] [--max-requests=200000] [--org=NGH]"
        + " [--compliance-runs=5] [--suite=catalogue] [--courses=2000] [--sessions-per-course=10] [--storm-people=2000]"
        + " [--storm-clients=2000] [--suite=import] [--import-rows=1000000] [--import-jfr=false] [--import-timeout=20]"
        + " [--suite=apprenticeships] [--report-requests=50] [--report-seconds=30] [--report-clients=4] [--report-concurrent=10]"
        + " [--report-jfr=false] [--suite=reminders (port 18900, schema bench_rem_passport, as of today)] [--drain-minutes=30]"
        + " [--mail-every-seconds=1] [--smtp-baseline=2000] [--lookups=500] [--reminder-jfr=false]";
  }
}
