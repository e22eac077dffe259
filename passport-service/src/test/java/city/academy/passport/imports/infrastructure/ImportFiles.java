package city.academy.passport.imports.infrastructure;

import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.framework.infrastructure.FrameworkSource;
import city.academy.passport.imports.domain.ImportFormat;
import city.academy.passport.imports.domain.ImportRow;
import city.academy.passport.imports.domain.RowProblem;
import city.academy.passport.imports.domain.RowSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Writes import files into a test's folder and reads them with the real framework and mapping tables. */
final class ImportFiles {
  static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
  static final TrainingFramework FRAMEWORK = new TrainingFramework(
      FrameworkSource.read(Path.of("../config/framework/cstf-framework.json").toAbsolutePath().toString()));
  static final ImportMappings MAPPINGS = ImportMappings.load(Path.of("../config/imports").toAbsolutePath().toString());

  static final String NATIONAL_HEADER = "Organisation Code,Employee Number,Competence Name,Achievement Date,Expiry Date,Last Updated By\n";
  static final String GENERIC_HEADER = "organisation_code,employee_number,subject_code,level_code,course_title,completed_on,expires_on\n";
  static final String SOCIAL_CARE_HEADER = "Organisation Code,Worker ID,Training Category,Date Completed,Expiry Date,Validity (months),Accredited\n";

  final CsvImportReader reader = new CsvImportReader(MAPPINGS, FRAMEWORK);
  private final Path dir;
  private int files;

  ImportFiles(Path dir) {
    this.dir = dir;
  }

  Path write(String text) {
    return write(text.getBytes(StandardCharsets.UTF_8));
  }

  Path write(byte[] bytes) {
    try {
      return Files.write(dir.resolve("import-" + (++files) + ".csv"), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Collected read(Path file, ImportFormat format) {
    return read(file, format, 0);
  }

  Collected read(Path file, ImportFormat format, long afterLine) {
    CheckedFile checked = reader.check(file, format);
    Collected collected = new Collected(checked);
    collected.summary = reader.read(checked, afterLine, TODAY, collected);
    return collected;
  }

  /** The only problem of a one-row file. */
  RowProblem problemOf(String text, ImportFormat format) {
    Collected read = read(write(text), format);
    if (!read.rows.isEmpty() || read.problems.size() != 1) {
      throw new AssertionError("expected exactly one problem, got rows " + read.rows + " and problems " + read.problems);
    }
    return read.problems.get(0);
  }

  /** A sink that keeps what it is given, and the order it was given in. */
  static final class Collected implements RowSink {
    final CheckedFile file;
    final List<ImportRow> rows = new ArrayList<>();
    final List<RowProblem> problems = new ArrayList<>();
    final List<Long> lines = new ArrayList<>();
    ReadSummary summary;

    Collected(CheckedFile file) {
      this.file = file;
    }

    @Override
    public void row(ImportRow row) {
      rows.add(row);
      lines.add(row.line());
    }

    @Override
    public void problem(RowProblem problem) {
      problems.add(problem);
      lines.add(problem.line());
    }
  }
}
