package city.academy.bench;

import static city.academy.bench.Bench.mb;

import city.academy.passport.api.TrainingFrameworkDto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Collects the figures as a table, prints it and writes it to bench/target. */
final class Report {
  private final List<String> lines = new ArrayList<>();

  void header(Options o, Target t, TrainingFrameworkDto f) {
    Runtime rt = Runtime.getRuntime();
    add("One Workforce Academy - city benchmark");
    add("=".repeat(100));
    line("run at", LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    line("machine", rt.availableProcessors() + " cores, Java " + System.getProperty("java.version")
        + " (" + System.getProperty("java.vm.name") + "), max heap " + mb(rt.maxMemory()) + ", "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", load average "
        + loadAverage());
    line("city", o.scale() + ", seed " + o.seed() + ", as of " + o.asOf() + ", framework " + f.id()
        + " " + f.version());
    line("target", t.name());
    line("suite", o.suite().name().toLowerCase(Locale.ROOT));
    if (o.suite().load()) {
      line("batch", o.batchRows() + " rows per executeBatch/commit");
    }
    add("-".repeat(100));
  }

  /** The 1-minute load average, or "n/a": how busy the shared machine was. */
  static String loadAverage() {
    double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "n/a" : String.format("%.2f", load);
  }

  void line(String name, String value) {
    add(String.format("%-54s %s", name, value));
  }

  void rule() {
    add("-".repeat(100));
  }

  private void add(String text) {
    lines.add(text);
    System.out.println(text);
  }

  void generation(long people, long employments, long records, double cold, double s,
      long heapBefore, long heapAfter, long peak) {
    line("generate (stream only, no database)", String.format(
        "%,d people, %,d employments, %,d records in %.2f s = %,.0f people/s, %,.0f records/s"
            + " (first, cold pass %.2f s)",
        people, employments, records, s, people / s, records / s, cold));
    line("heap used after GC: before / after generation",
        mb(heapBefore) + " / " + mb(heapAfter) + " (sampled peak during generation, uncollected garbage included, "
            + mb(peak) + "; streaming, so flat)");
  }

  void load(String name, long rows, double s, double genSeconds, String note) {
    line(name, String.format("%,d rows in %.2f s = %,.0f rows/s (database share after %.2f s"
        + " of generation: %.2f s)%s", rows, s, rows / s, genSeconds, Math.max(0, s - genSeconds),
        note == null ? "" : " " + note));
  }

  void ratio(String name, double load, double baseline, double gen) {
    line("ratio " + name, String.format("%.2f x (net of generation: %.2f x)", load / baseline,
        Math.max(0, load - gen) / Math.max(1e-9, baseline - gen)));
  }

  void reads(int n, long rows, long[] passport, long[] pk) {
    long[] a = passport.clone();
    long[] b = pk.clone();
    Arrays.sort(a);
    Arrays.sort(b);
    double medA = ms(median(a));
    double medB = ms(median(b));
    double p99A = ms(p99(a));
    double p99B = ms(p99(b));
    add("-".repeat(100));
    line("read: " + n + " random people", String.format("%,d rows read (%.1f per person)", rows,
        rows / (double) n));
    line("passport read (records + employments by passport_id)",
        String.format("median %.3f ms, p99 %.3f ms", medA, p99A));
    line("baseline: person by primary key",
        String.format("median %.3f ms, p99 %.3f ms", medB, p99B));
    line("ratio passport read / PK lookup",
        String.format("median %.1f x, p99 %.1f x", medA / medB, p99A / p99B));
  }

  /** The middle of sorted values (the upper one of an even count, as before). */
  static long median(long[] sorted) {
    return sorted[sorted.length / 2];
  }

  /** The nearest-rank 99th percentile of sorted values. */
  static long p99(long[] sorted) {
    return sorted[Math.max(0, (int) Math.ceil(sorted.length * 0.99) - 1)];
  }

  /** The nearest-rank 95th percentile of sorted values. */
  static long p95(long[] sorted) {
    return sorted[Math.max(0, (int) Math.ceil(sorted.length * 0.95) - 1)];
  }

  static double ms(long nanos) {
    return nanos / 1e6;
  }

  void finish(Options o) throws IOException {
    add("=".repeat(100));
    Path dir = o.target();
    Files.createDirectories(dir);
    String text = String.join(System.lineSeparator(), lines) + System.lineSeparator();
    Files.writeString(dir.resolve("bench-results.txt"), text);
    String suffix = o.suite() == Options.Suite.PASSPORT ? "-passport" : o.suite() == Options.Suite.CATALOGUE ? "-catalogue"
        : o.suite() == Options.Suite.IMPORT ? "-import" : o.suite() == Options.Suite.APPRENTICESHIPS ? "-apprenticeships"
        : o.suite() == Options.Suite.REMINDERS ? "-reminders" : "";
    Files.writeString(
        dir.resolve("bench-results-" + o.db() + "-" + o.scale().name().toLowerCase(Locale.ROOT) + suffix + ".txt"),
        text);
    System.out.println("written to " + dir.resolve("bench-results.txt"));
  }
}
