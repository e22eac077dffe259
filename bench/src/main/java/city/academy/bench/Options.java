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
    String pgSchema) {

  static final String MIGRATIONS = "passport-service/src/main/resources/db/migration/passport";

  static Options parse(String[] args) {
    String db = "h2";
    CityScale scale = CityScale.CITY;
    long seed = CityGenerator.DEFAULT_SEED;
    LocalDate asOf = LocalDate.of(2026, 11, 22);
    int queries = 2_000;
    int batchRows = 2_000;
    Path repo = null;
    String pgUrl = "jdbc:postgresql://127.0.0.1:5432/test";
    String pgUser = "postgres";
    String pgPassword = "";
    String pgSchema = "bench_passport";
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
        default -> throw new IllegalArgumentException("Unknown option --" + name + "\n" + usage());
      }
    }
    if (!db.equals("h2") && !db.equals("postgres")) {
      throw new IllegalArgumentException("--db must be h2 or postgres\n" + usage());
    }
    if (!pgSchema.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("--pg-schema must be a plain lower-case identifier");
    }
    return new Options(db, scale, seed, asOf, queries, batchRows,
        repo != null ? repo.toAbsolutePath().normalize() : findRepo(), pgUrl, pgUser, pgPassword, pgSchema);
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

  static String usage() {
    return "usage: Bench [--db=h2|postgres] [--scale=city|demo] [--seed=2026] [--as-of=2026-11-22|today]"
        + " [--queries=2000] [--batch=2000] [--repo=<repo root>] [--pg-url=jdbc:postgresql://127.0.0.1:5432/test]"
        + " [--pg-user=postgres] [--pg-password=] [--pg-schema=bench_passport]";
  }
}
