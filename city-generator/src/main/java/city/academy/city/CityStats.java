package city.academy.city;

import city.academy.passport.api.TrainingFrameworkDto;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints the size of a generated city: {@code CityStats [demo|city] [seed] [asOf] [frameworkFile]}.
 * Run with {@code ./mvnw -q -pl city-generator exec:java -Dexec.args="city"} (needs a JSON-B
 * implementation on the class path; the module's test scope has one).
 */
public final class CityStats {

  private CityStats() {}

  public static void main(String[] args) {
    CityScale scale = args.length > 0 ? CityScale.valueOf(args[0].toUpperCase()) : CityScale.DEMO;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : CityGenerator.DEFAULT_SEED;
    LocalDate asOf = args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.now();
    Path file = args.length > 3 ? Path.of(args[3]) : FrameworkJson.locate(Path.of(""));
    TrainingFrameworkDto framework = FrameworkJson.read(file);

    long started = System.nanoTime();
    CityGenerator city = new CityGenerator(framework, scale, seed, asOf);
    long[] totals = new long[4]; // people, employments, current posts, records
    Map<String, Long> byOrg = new TreeMap<>();
    city.people()
        .forEach(
            p -> {
              totals[0]++;
              totals[1] += p.employments().size();
              totals[2] += p.employments().stream().filter(GeneratedEmployment::current).count();
              totals[3] += p.records().size();
              byOrg.merge(p.employments().get(0).organisationCode(), 1L, Long::sum);
            });
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("scale %s, seed %d, as of %s, framework %s %s%n", scale, seed, asOf,
        framework.id(), framework.version());
    System.out.printf("organisations %d%npeople %d%nemployments %d (current %d)%nrecords %d%n",
        city.organisations().size(), totals[0], totals[1], totals[2], totals[3]);
    System.out.printf("generated in %.2f s (%.0f people/s, %.0f records/s)%n", seconds,
        totals[0] / seconds, totals[3] / seconds);
    System.out.println("people by main employer:");
    city.organisations()
        .forEach(o -> System.out.printf("  %-6s %-55s %-16s %6d%n", o.code(), o.name(), o.type(),
            byOrg.getOrDefault(o.code(), 0L)));
  }
}
