package city.academy.passport.imports.infrastructure;

import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.imports.domain.ImportFileRefusedException;
import city.academy.passport.imports.domain.ImportFormat;
import city.academy.passport.imports.domain.RowSink;
import city.academy.passport.imports.infrastructure.CheckedFile.Column;
import city.academy.passport.imports.infrastructure.ImportColumns.Spec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads partners' training-record files (national HR competence export, the generic CSV, social
 * care training export): {@link #check} looks at the whole file before anything is imported and
 * refuses it in plain words when it cannot be read; {@link #read} then streams its rows, one at a
 * time, to a {@link RowSink}, each either a readable {@code ImportRow} or a {@code RowProblem}.
 * Formats, encodings and rules are described in docs/imports.md.
 */
public final class CsvImportReader {
  private static final char[] DELIMITERS = {',', ';'};

  private final ImportMappings mappings;
  private final TrainingFramework framework;

  /** Refuses mapping tables that name a subject or level the framework does not have. */
  public CsvImportReader(ImportMappings mappings, TrainingFramework framework) {
    this.mappings = mappings;
    this.framework = framework;
    List<String> unknown = mappings.targets().stream()
        .filter(s -> framework.level(s.subjectCode(), s.levelCode()).isEmpty())
        .map(s -> s.subjectCode() + " level " + s.levelCode())
        .sorted()
        .toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("The import mapping tables name subjects or levels that the training framework "
          + framework.version() + " does not have: " + String.join(", ", unknown));
    }
  }

  /** Checks the whole file before anything is imported; throws ImportFileRefusedException with a plain-words reason. */
  public CheckedFile check(Path file, ImportFormat format) {
    TextCheck.Encoding encoding = TextCheck.of(file);
    Header header = header(file, encoding, format);
    long rows = countRows(file, encoding, header.delimiter());
    return new CheckedFile(file, format, encoding.charset(), encoding.byteOrderMark(), header.delimiter(), header.names(),
        header.columns(), rows);
  }

  /**
   * Streams the rows (never holding more than one in memory) to the sink, in file order. Rows
   * starting at or before afterLine are skipped silently (used to resume an interrupted job; 0 =
   * from the start). Blank lines, and rows with nothing but separators, are skipped too. Returns counts.
   */
  public ReadSummary read(CheckedFile file, long afterLine, LocalDate today, RowSink sink) {
    RowReader rows = new RowReader(file, mappings, framework, today);
    long read = 0;
    long lastLine = afterLine;
    try (LineTrackingReader lines = new LineTrackingReader(open(file.path(), file.charset(), file.byteOrderMark()));
        CSVParser parser = csv(file.delimiter()).parse(lines)) {
      boolean header = true;
      for (CSVRecord record : parser) {
        long line = lines.lineAt(record.getCharacterPosition());
        if (header) {
          header = false;
        } else if (line > afterLine && !RowReader.blank(record)) {
          rows.read(record, line, sink);
          read++;
          lastLine = line;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file.path(), e);
    }
    return new ReadSummary(read, lastLine);
  }

  /** Parses the whole file once, so that a file that is not CSV further down is refused before any row is imported. */
  private static long countRows(Path file, TextCheck.Encoding encoding, char delimiter) {
    long rows = 0;
    long lastLine = 1;
    try (LineTrackingReader lines = new LineTrackingReader(open(file, encoding.charset(), encoding.byteOrderMark()));
        CSVParser parser = csv(delimiter).parse(lines)) {
      Iterator<CSVRecord> records = parser.iterator();
      while (hasNext(records, lastLine)) {
        CSVRecord record = records.next();
        lastLine = lines.lineAt(record.getCharacterPosition());
        if (record.getRecordNumber() > 1 && !RowReader.blank(record)) {
          rows++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    return rows;
  }

  private static boolean hasNext(Iterator<CSVRecord> records, long lastLine) {
    try {
      return records.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new ImportFileRefusedException("The file cannot be read as CSV after line " + lastLine + ": usually a value "
          + "starts with a double quote (\") that is never closed, or has text after its closing quote. Put double quotes "
          + "around the whole value and write a quote inside it as \"\". (Details: " + reason(e) + ")");
    }
  }

  private Header header(Path file, TextCheck.Encoding encoding, ImportFormat format) {
    Header best = null;
    for (char delimiter : DELIMITERS) {
      Header header = Header.of(firstRecord(file, encoding, delimiter), delimiter, format);
      if (header.missing().isEmpty()) {
        return header.refuseDuplicates();
      }
      if (best == null || header.columns().size() > best.columns().size()) {
        best = header;
      }
    }
    throw new ImportFileRefusedException(best.missingMessage());
  }

  private static List<String> firstRecord(Path file, TextCheck.Encoding encoding, char delimiter) {
    try (BufferedReader in = open(file, encoding.charset(), encoding.byteOrderMark());
        CSVParser parser = csv(delimiter).parse(in)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        throw new ImportFileRefusedException("The file is empty (it has only blank lines). Export the training records "
            + "again and send the CSV file.");
      }
      return records.next().stream().map(name -> name.replace("\uFEFF", "").strip()).toList();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new ImportFileRefusedException("The first line of the file, which should name the columns, cannot be read ("
          + reason(e) + "). Check that the file is a CSV export with the column names on the first line.");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static String reason(RuntimeException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    return cause.getMessage();
  }

  private static BufferedReader open(Path file, java.nio.charset.Charset charset, boolean byteOrderMark)
      throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      if (byteOrderMark) {
        in.skipNBytes(3);
      }
      return new BufferedReader(new InputStreamReader(in, charset), 64 * 1024);
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  private static CSVFormat csv(char delimiter) {
    return CSVFormat.DEFAULT.builder()
        .setDelimiter(delimiter)
        .setIgnoreEmptyLines(true)
        .setIgnoreSurroundingSpaces(true)
        .get();
  }

  /** A header line split with one separator, and the format's columns found in it. */
  private record Header(
      char delimiter, ImportFormat format, List<String> names, Map<Column, Integer> columns, List<Spec> missing,
      List<String> duplicates) {

    static Header of(List<String> names, char delimiter, ImportFormat format) {
      Map<Column, Integer> columns = new EnumMap<>(Column.class);
      List<Spec> missing = new ArrayList<>();
      List<String> duplicates = new ArrayList<>();
      for (Spec spec : ImportColumns.of(format)) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
          if (!names.get(i).isEmpty() && spec.matches(names.get(i))) {
            found.add(i);
          }
        }
        if (found.isEmpty() && spec.required()) {
          missing.add(spec);
        } else if (found.size() > 1) {
          duplicates.add(found.stream().map(names::get).map(n -> "'" + n + "'").collect(Collectors.joining(" and ")));
        }
        if (!found.isEmpty()) {
          columns.put(spec.column(), found.get(0));
        }
      }
      return new Header(delimiter, format, names, columns, missing, duplicates);
    }

    Header refuseDuplicates() {
      if (!duplicates.isEmpty()) {
        throw new ImportFileRefusedException("Some columns appear more than once: " + String.join("; ", duplicates)
            + ". Keep one of each and send the file again.");
      }
      return this;
    }

    String missingMessage() {
      String wanted = missing.stream().map(Header::describe).collect(Collectors.joining(", "));
      List<String> present = names.stream().filter(n -> !n.isEmpty()).toList();
      String found = present.isEmpty() ? "none" : String.join(", ", present);
      return "The file does not have the columns a " + format.label() + " file needs. Missing: " + wanted + ". Columns found: " + found + ". The first line must name the columns,"
          + " separated by commas or semicolons; see docs/imports.md.";
    }

    private static String describe(Spec spec) {
      List<String> others = spec.names().subList(1, spec.names().size());
      return others.isEmpty() ? spec.displayName() : spec.displayName() + " (or " + String.join(", ", others) + ")";
    }
  }
}
