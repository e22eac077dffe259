package city.academy.bench.load;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a portal load against a running platform and checks the database afterwards:
 *
 * <pre>
 * java -cp bench/target/bench.jar city.academy.bench.load.LoadMain --portal http://127.0.0.1:18950 \
 *     --users 20 --seconds 60 --jdbc jdbc:postgresql://127.0.0.1:5432/test \
 *     --passport-schema lg_passport --catalogue-schema lg_catalogue
 * </pre>
 *
 * Other options: {@code --think-ms 1000} (mean pause before each click), {@code --db-user postgres},
 * {@code --db-password ''}, {@code --password academy} (the demo password), {@code --settle-ms 3000}
 * (the pause before the database check, for requests the load gave up on), {@code --timeline
 * file.csv} (failures per second, for a chart), {@code --ledger file.csv}. Exit code 1 when the
 * database check finds a violation, a signed-in user lost their sign-in, or the generator could not
 * read a page; 2 for bad options. A session refused (403) on a request and on its retry has lost its
 * roles: that fails the run as a lost sign-in does.
 */
public final class LoadMain {
  private LoadMain() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options;
    try {
      options = options(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    URI portal = URI.create(options.getOrDefault("portal", "http://127.0.0.1:18950"));
    int users = Integer.parseInt(options.getOrDefault("users", "20"));
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
    Duration think = Duration.ofMillis(Long.parseLong(options.getOrDefault("think-ms", "1000")));
    String jdbc = options.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/test");
    String dbUser = options.getOrDefault("db-user", "postgres");
    String dbPassword = options.getOrDefault("db-password", "");
    String password = options.getOrDefault("password", LoadAccounts.DEMO_PASSWORD);
    PrintStream out = System.out;

    List<LoadAccount> accounts;
    try (Connection passport = connect(jdbc, dbUser, dbPassword, options.getOrDefault("passport-schema", "passport"))) {
      accounts = LoadAccounts.prepare(passport, users, password);
    }
    out.printf(Locale.ROOT, "%d sign-ins ready (%d HR admins); %d virtual users on %s for %d s, think time %d ms%n",
        accounts.size(), accounts.stream().filter(LoadAccount::hrAdmin).count(), users, portal, seconds, think.toMillis());

    LoadResult result;
    try (PortalLoad load = new PortalLoad(portal, accounts, users, think)) {
      load.start();
      for (int s = 10; s <= seconds; s += 10) {
        Thread.sleep(10_000);
        LoadResult so = load.snapshot();
        out.printf(Locale.ROOT, "  %3d s: %,d requests, %,d failed, %d bookings made, %d lost sign-ins%n", s, so.requests(),
            so.failed(), so.bookingsMade(), so.lostSignIns().size());
      }
      Thread.sleep(Math.max(0, (seconds % 10) * 1000L));
      result = load.stop();
    }
    result.print(out);
    if (options.containsKey("timeline")) {
      try (PrintStream csv = new PrintStream(Files.newOutputStream(Path.of(options.get("timeline"))), true, "UTF-8")) {
        result.printTimeline(csv);
      }
    }
    if (options.containsKey("ledger")) {
      writeLedger(result, Path.of(options.get("ledger")));
    }

    // A request whose client gave up may still be running on the server: let it finish first.
    Thread.sleep(Long.parseLong(options.getOrDefault("settle-ms", "3000")));
    LoadCheckReport report;
    try (Connection catalogue = connect(jdbc, dbUser, dbPassword, options.getOrDefault("catalogue-schema", "catalogue"))) {
      report = LoadCheck.check(catalogue, result);
    }
    report.print(out);
    boolean ok = report.ok() && result.lostSignIns().isEmpty() && result.rolesLost().isEmpty()
        && result.generatorErrors().isEmpty();
    out.println(ok ? "PASS: the database agrees with the ledger, and nobody lost their sign-in."
        : "FAIL: " + (report.ok() ? "" : report.violations().size() + " database violations; ")
            + result.lostSignIns().size() + " lost sign-ins; " + result.rolesLost().size() + " sessions that lost their roles; "
            + result.generatorErrors().size() + " generator errors.");
    System.exit(ok ? 0 : 1);
  }

  private static Connection connect(String url, String user, String password, String schema) throws SQLException {
    Connection connection = DriverManager.getConnection(url, user, password);
    connection.setSchema(schema);
    return connection;
  }

  private static void writeLedger(LoadResult result, Path file) throws IOException {
    StringBuilder csv = new StringBuilder("sequence,at,user,person,action,session,booking,outcome,retried,words\n");
    for (LedgerEntry e : result.ledger()) {
      csv.append(e.sequence()).append(',').append(e.at()).append(',').append(e.user()).append(',').append(e.personId())
          .append(',').append(e.action()).append(',').append(e.sessionId()).append(',')
          .append(e.bookingId() == null ? "" : e.bookingId()).append(',').append(e.outcome()).append(',').append(e.retried())
          .append(",\"").append(e.words() == null ? "" : e.words().replace("\"", "\"\"")).append("\"\n");
    }
    Files.writeString(file, csv);
  }

  /** {@code --name value} or {@code --name=value}. */
  static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("Unexpected argument " + arg + "; options are --name value.");
      }
      int eq = arg.indexOf('=');
      if (eq > 0) {
        options.put(arg.substring(2, eq), arg.substring(eq + 1));
      } else if (i + 1 < args.length) {
        options.put(arg.substring(2), args[++i]);
      } else {
        throw new IllegalArgumentException("Option " + arg + " needs a value.");
      }
    }
    return options;
  }
}
