package city.academy.passport.imports.infrastructure;

import city.academy.passport.imports.domain.Achievement;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The crosswalks from what partners' systems write to the framework's subjects and levels: the
 * national HR system's competence names and the social-care training categories. Both are
 * reference data kept in {@code config/imports} (see its README), so a partnership can add a name
 * without a code change. A name listed with an empty {@code subject_code} is known but deliberately
 * not mapped.
 */
public final class ImportMappings {

  /** Where the tables are packaged from {@code config/imports}. */
  public static final String DEFAULT_LOCATION = "classpath:imports";
  static final String NATIONAL_FILE = "national-competences.csv";
  static final String SOCIAL_CARE_FILE = "social-care-categories.csv";

  /** {@code <org>|LOCAL|<title>|}: a local competence of an organisation, recognised by its shape. */
  private static final Pattern LOCAL = Pattern.compile("^[^|]*\\|\\s*LOCAL\\s*\\|(.*?)\\|?\\s*$", Pattern.CASE_INSENSITIVE);

  private final Map<String, Optional<Achievement.Subject>> national;
  /** Names already looked up, as written in the files (bounded: cleared when full). */
  private final Map<String, Optional<Achievement>> seen = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int SEEN_MAX = 10_000;
  private final Map<String, Optional<Achievement.Subject>> socialCare;

  private ImportMappings(
      Map<String, Optional<Achievement.Subject>> national, Map<String, Optional<Achievement.Subject>> socialCare) {
    this.national = national;
    this.socialCare = socialCare;
  }

  /** Loads both tables from a location: "classpath:imports" (default, packaged from config/imports) or a directory path. */
  public static ImportMappings load(String location) {
    String where = location == null || location.isBlank() ? DEFAULT_LOCATION : location.strip();
    return new ImportMappings(
        table(where, NATIONAL_FILE, "competence_name", ImportMappings::nationalKey),
        table(where, SOCIAL_CARE_FILE, "category", ImportMappings::categoryKey));
  }

  /**
   * A national competence name (e.g. "NHS|CSTF|Fire Safety - 2 Years|", any case, extra spaces) ->
   * Subject, or "&lt;org&gt;|LOCAL|&lt;title&gt;|" -> Local(title); empty when unmapped.
   */
  public Optional<Achievement> national(String competenceName) {
    if (competenceName == null || competenceName.isBlank()) {
      return Optional.empty();
    }
    // an export repeats a few dozen names a million times: each is normalised once
    Optional<Achievement> known = seen.get(competenceName);
    if (known != null) {
      return known;
    }
    Optional<Achievement> found = lookUpNational(competenceName);
    if (seen.size() >= SEEN_MAX) {
      seen.clear();
    }
    seen.put(competenceName, found);
    return found;
  }

  private Optional<Achievement> lookUpNational(String competenceName) {
    Optional<Achievement.Subject> mapped = national.get(nationalKey(competenceName));
    if (mapped != null) {
      return mapped.map(Achievement.class::cast);
    }
    Matcher local = LOCAL.matcher(competenceName.strip());
    if (local.matches() && !local.group(1).isBlank()) {
      return Optional.of(new Achievement.Local(local.group(1).strip().replaceAll("\\s+", " ")));
    }
    return Optional.empty();
  }

  /** A social-care training category (e.g. "Fire safety") -> Subject; empty when it does not map. */
  public Optional<Achievement.Subject> socialCare(String category) {
    if (category == null) {
      return Optional.empty();
    }
    return socialCare.getOrDefault(categoryKey(category), Optional.empty());
  }

  /** Whether the category is in the table at all (mapped or listed as not mapping). */
  boolean listsSocialCare(String category) {
    return category != null && socialCare.containsKey(categoryKey(category));
  }

  /** Every subject and level the tables map to, to be checked against the framework. */
  Set<Achievement.Subject> targets() {
    Set<Achievement.Subject> targets = new HashSet<>();
    national.values().forEach(t -> t.ifPresent(targets::add));
    socialCare.values().forEach(t -> t.ifPresent(targets::add));
    return targets;
  }

  /** Case, repeated spaces, spaces around '|' and '-', and the trailing '|' do not matter. */
  static String nationalKey(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    key = key.replaceAll(" ?\\| ?", "|").replaceAll(" ?- ?", " - ");
    while (key.endsWith("|")) {
      key = key.substring(0, key.length() - 1);
    }
    return key.strip();
  }

  /** Case and repeated spaces do not matter. */
  static String categoryKey(String category) {
    return category.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  private interface Key {
    String of(String name);
  }

  private static Map<String, Optional<Achievement.Subject>> table(String location, String file, String nameColumn, Key key) {
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader().setSkipHeaderRecord(true).setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
    Map<String, Optional<Achievement.Subject>> table = new HashMap<>();
    List<String> problems = new ArrayList<>();
    try (Reader in = new InputStreamReader(open(location, file), StandardCharsets.UTF_8);
        CSVParser parser = format.parse(in)) {
      for (CSVRecord record : parser) {
        String name = record.get(nameColumn);
        String subject = record.get("subject_code");
        String level = record.get("level_code");
        if (name.isEmpty()) {
          continue;
        }
        if (subject.isEmpty() != level.isEmpty()) {
          problems.add("line " + parser.getCurrentLineNumber() + " (" + name + ") gives only one of subject_code and level_code");
          continue;
        }
        Optional<Achievement.Subject> target =
            subject.isEmpty() ? Optional.empty() : Optional.of(new Achievement.Subject(subject, level));
        Optional<Achievement.Subject> before = table.put(key.of(name), target);
        if (before != null && !before.equals(target)) {
          problems.add("'" + name + "' is listed twice with different subjects");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the import mapping table " + file + " at " + location, e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalStateException("Cannot read the import mapping table " + file + " at " + location + ": " + e.getMessage(), e);
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("The import mapping table " + file + " at " + location + " is not consistent: "
          + String.join("; ", problems));
    }
    return Map.copyOf(table);
  }

  private static InputStream open(String location, String file) throws IOException {
    if (location.startsWith("classpath:")) {
      String folder = location.substring("classpath:".length()).replaceAll("^/+|/+$", "");
      String resource = folder.isEmpty() ? file : folder + "/" + file;
      InputStream in = ImportMappings.class.getClassLoader().getResourceAsStream(resource);
      if (in == null) {
        throw new IOException("no such resource " + resource);
      }
      return in;
    }
    return Files.newInputStream(Path.of(location, file));
  }
}
