package city.academy.bench;

import city.academy.city.CityGenerator;
import city.academy.city.GeneratedEmployment;
import city.academy.city.GeneratedOrganisation;
import city.academy.city.GeneratedPerson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A national HR competence export ({@code NATIONAL_HR}) of the generated city, written streaming:
 * {@code rows} rows spread evenly over every employment of the city (current and ended posts), each
 * a national competence name of the mapping table that maps to a framework subject, completed in the
 * past with a few years of history per competence (so every row is a distinct record), and expiring
 * after it. About 1 row in 200 is deliberately bad: an employee number nobody has, a competence name
 * that is not in the table, or a date that does not exist.
 *
 * <p>Beside it, the same good rows as the passport service would write them (ids, person and
 * organisation ids as the bench's load numbers them, the service's natural key), as a CSV file for
 * the baselines ({@code COPY}, H2's {@code CSVREAD}).
 */
final class NationalImportFile {

  static final String HEADER = "Organisation Code,Employee Number,Competence Name,Achievement Date,Expiry Date";
  /** The baseline's columns, as the service's JdbcImportWriter fills them (nulls left out). */
  static final String BASELINE_COLUMNS = "id,person_id,subject_code,level_code,completed_on,expires_on,source,"
      + "attested_by_org_id,entered_by,entered_at,entry_kind,evidence_reference,source_reference,import_job_id";

  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** Years of history per competence: the same competence done again every year or so. */
  private static final int HISTORY = 3;
  private static final Pattern PERIOD = Pattern.compile("(\\d+) Years?\\|$");

  /** A mapped national competence: its name and what it means. */
  record Competence(String name, String subject, String level, int years) {}

  /** What was written. */
  record Written(long rows, long goodRows, long unknownEmployee, long unmappedName, long badDate,
      long employments, long bytes, long baselineBytes, double seconds) {
    long badRows() {
      return unknownEmployee + unmappedName + badDate;
    }
  }

  private NationalImportFile() {}

  /**
   * The {@code NHS|CSTF|...|} names of config/imports/national-competences.csv, the first one for
   * each subject and level (two names of one subject and level would make the same record).
   */
  static List<Competence> competences(Path repo) throws IOException {
    List<Competence> list = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<String> lines = Files.readAllLines(repo.resolve("config/imports/national-competences.csv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = csv(line);
      if (cells.size() < 3 || !cells.get(0).startsWith("NHS|CSTF|") || !seen.add(cells.get(1) + ":" + cells.get(2))) {
        continue;
      }
      Matcher m = PERIOD.matcher(cells.get(0));
      list.add(new Competence(cells.get(0), cells.get(1), cells.get(2), m.find() ? Integer.parseInt(m.group(1)) : 3));
    }
    if (list.isEmpty()) {
      throw new IllegalStateException("No NHS|CSTF| names in config/imports/national-competences.csv");
    }
    return list;
  }

  /**
   * Writes the file and the baseline rows. The reference day for completion dates is the earlier of
   * the city's "as of" and yesterday, so no completion is in the server's future.
   */
  static Written write(CityGenerator city, List<Competence> competences, long rows, long seed, LocalDate reference,
      Path file, Path baseline, String fileName, String enteredBy, String enteredAt) throws IOException {
    long started = System.nanoTime();
    long employments = 0;
    for (Iterator<GeneratedPerson> it = city.people().iterator(); it.hasNext(); ) {
      employments += it.next().employments().size();
    }
    Map<String, Long> orgIds = new HashMap<>();
    long n = 1;
    for (GeneratedOrganisation o : city.organisations()) {
      orgIds.put(o.code(), n++);
    }
    SplittableRandom random = new SplittableRandom(seed ^ 0x1A9027L);
    MessageDigest sha = sha256();
    long written = 0;
    long good = 0;
    long unknown = 0;
    long unmapped = 0;
    long badDate = 0;
    long employment = 0;
    long personId = 0;
    long recordId = 0;
    Files.createDirectories(file.getParent());
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        Writer base = new BufferedWriter(Files.newBufferedWriter(baseline, StandardCharsets.UTF_8), 1 << 16)) {
      out.write(HEADER);
      out.write("\r\n");
      base.write(BASELINE_COLUMNS);
      base.write('\n');
      StringBuilder line = new StringBuilder(160);
      for (Iterator<GeneratedPerson> it = city.people().iterator(); it.hasNext(); ) {
        GeneratedPerson p = it.next();
        personId++;
        // slots per organisation of this person: two posts at one employer continue the same history
        Map<String, int[]> slots = new HashMap<>(4);
        for (GeneratedEmployment e : p.employments()) {
          long quota = (employment + 1) * rows / employments - employment * rows / employments;
          employment++;
          int start = random.nextInt(competences.size());
          int[] slot = slots.computeIfAbsent(e.organisationCode(), k -> new int[1]);
          for (long q = 0; q < quota; q++) {
            int s = slot[0]++;
            Competence c = competences.get((start + s / HISTORY) % competences.size());
            int year = s % HISTORY + HISTORY * (s / (HISTORY * competences.size()));
            LocalDate completed = reference.minusDays(1 + year * 365L + random.nextInt(330));
            LocalDate expires = completed.plusYears(c.years());
            String employeeNumber = e.employeeNumber();
            String name = c.name();
            String completedText = completed.format(DMY);
            written++;
            if (written % 200 == 100) { // 0.5 %: one bad row in 200, the three kinds in turn
              switch ((int) ((written / 200) % 3)) {
                case 0 -> { employeeNumber = "X" + (10_000_000 + random.nextInt(89_999_999)); unknown++; }
                case 1 -> { name = "NHS|CSTF|Underwater Basket Weaving - 3 Years|"; unmapped++; }
                default -> { completedText = "31/02/" + completed.getYear(); badDate++; }
              }
            } else {
              good++;
              recordId++;
              String key = "NATIONAL_HR|" + e.organisationCode() + "|" + personId + "|S:" + c.subject() + ":" + c.level()
                  + "|" + completed;
              String naturalKey = "import:" + Base64.getUrlEncoder().withoutPadding()
                  .encodeToString(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
              line.setLength(0);
              line.append(recordId).append(',').append(personId).append(',').append(c.subject()).append(',')
                  .append(c.level()).append(',').append(completed).append(',').append(expires).append(",IMPORT,")
                  .append(orgIds.get(e.organisationCode())).append(',').append(enteredBy).append(',').append(enteredAt)
                  .append(",ENTRY,\"").append(fileName).append(", line ").append(written + 1).append("\",")
                  .append(naturalKey).append(",1\n");
              base.append(line);
            }
            line.setLength(0);
            line.append(e.organisationCode()).append(',').append(employeeNumber).append(',');
            if (name.indexOf(',') >= 0) {
              line.append('"').append(name).append('"');
            } else {
              line.append(name);
            }
            line.append(',').append(completedText).append(',').append(expires.format(DMY)).append("\r\n");
            out.append(line);
          }
        }
      }
    }
    return new Written(written, good, unknown, unmapped, badDate, employments, Files.size(file), Files.size(baseline),
        Bench.seconds(started));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One line of the mapping table: comma-separated, double quotes around values with commas. */
  private static List<String> csv(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
