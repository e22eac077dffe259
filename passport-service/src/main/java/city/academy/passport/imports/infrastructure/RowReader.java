package city.academy.passport.imports.infrastructure;

import city.academy.passport.api.TrainingFrameworkDto.LevelDto;
import city.academy.passport.api.TrainingFrameworkDto.SubjectDto;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.imports.domain.Achievement;
import city.academy.passport.imports.domain.ImportRow;
import city.academy.passport.imports.domain.RowProblem;
import city.academy.passport.imports.domain.RowSink;
import city.academy.passport.imports.infrastructure.CheckedFile.Column;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns one CSV record of a checked file into an {@link ImportRow}, or into the first
 * {@link RowProblem} found in it, worded for the person who sent the file.
 */
final class RowReader {
  static final int MAX_VALUE = 200;
  private static final int MAX_EMPLOYEE_NUMBER = 32;
  private static final Pattern ORGANISATION_CODE = Pattern.compile("[A-Z0-9-]{1,16}");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private final CheckedFile file;
  private final ImportMappings mappings;
  private final TrainingFramework framework;
  private final LocalDate today;

  RowReader(CheckedFile file, ImportMappings mappings, TrainingFramework framework, LocalDate today) {
    this.file = file;
    this.mappings = mappings;
    this.framework = framework;
    this.today = today;
  }

  /** Whether every value of the record is blank (a blank line, or only separators): skipped silently. */
  static boolean blank(CSVRecord record) {
    return record.stream().allMatch(String::isBlank);
  }

  /** Passes the row, or its first problem, to the sink. */
  void read(CSVRecord record, long line, RowSink sink) {
    ImportRow row;
    try {
      row = row(record, line);
    } catch (Refusal refusal) {
      sink.problem(new RowProblem(line, refusal.column, cut(refusal.value), refusal.reason));
      return;
    }
    sink.row(row);
  }

  private ImportRow row(CSVRecord record, long line) {
    checkWidth(record);
    String organisation = organisationCode(record);
    String employee = employeeNumber(record);
    Achievement achievement = achievement(record);
    LocalDate completed = completedOn(record);
    LocalDate expires = expiresOn(record, completed);
    return new ImportRow(line, organisation, employee, achievement, completed, expires);
  }

  private void checkWidth(CSVRecord record) {
    int columns = file.header().size();
    if (record.size() < columns) {
      throw new Refusal(null, null, "This row has " + record.size() + " values but the header has " + columns
          + " columns; a row must have a value (or an empty value) for every column.");
    }
    for (int i = columns; i < record.size(); i++) {
      if (!record.get(i).isBlank()) {
        throw new Refusal(null, record.get(i).strip(), "This row has " + record.size() + " values but the header has "
            + columns + " columns; a value with a '" + file.delimiter() + "' in it must be put in double quotes.");
      }
    }
  }

  private String organisationCode(CSVRecord record) {
    String value = required(record, Column.ORGANISATION_CODE);
    String code = value.toUpperCase(Locale.ROOT);
    if (!ORGANISATION_CODE.matcher(code).matches()) {
      throw refusal(Column.ORGANISATION_CODE, value, "'" + value + "' is not an organisation code: use the code the "
          + "academy knows the organisation by (capital letters, digits and hyphens, at most 16 characters, e.g. RXX01).");
    }
    return code;
  }

  private String employeeNumber(CSVRecord record) {
    String value = required(record, Column.EMPLOYEE_NUMBER);
    if (value.length() > MAX_EMPLOYEE_NUMBER) {
      throw refusal(Column.EMPLOYEE_NUMBER, value, name(Column.EMPLOYEE_NUMBER) + " is longer than "
          + MAX_EMPLOYEE_NUMBER + " characters; write the employee number as the HR system holds it.");
    }
    return value;
  }

  private Achievement achievement(CSVRecord record) {
    return switch (file.format()) {
      case NATIONAL_HR -> nationalCompetence(record);
      case SOCIAL_CARE -> socialCareCategory(record);
      case GENERIC -> genericAchievement(record);
    };
  }

  private Achievement nationalCompetence(CSVRecord record) {
    String value = required(record, Column.COMPETENCE_NAME);
    Achievement achievement = mappings.national(value).orElseThrow(() -> refusal(Column.COMPETENCE_NAME, value,
        "'" + value + "' is not in the mapping table config/imports/national-competences.csv; ask the academy to add it."));
    if (achievement instanceof Achievement.Local local && local.title().length() > MAX_VALUE) {
      throw refusal(Column.COMPETENCE_NAME, value, "The local competence's title is longer than " + MAX_VALUE
          + " characters; shorten it.");
    }
    return achievement;
  }

  private Achievement socialCareCategory(CSVRecord record) {
    String value = required(record, Column.TRAINING_CATEGORY);
    return mappings.socialCare(value).orElseThrow(() -> refusal(Column.TRAINING_CATEGORY, value,
        mappings.listsSocialCare(value)
            ? "'" + value + "' has no framework subject to count towards (see config/imports/social-care-categories.csv),"
                + " so it is not imported."
            : "'" + value + "' is not in the mapping table config/imports/social-care-categories.csv; ask the academy to add it."));
  }

  private Achievement genericAchievement(CSVRecord record) {
    String subject = value(record, Column.SUBJECT_CODE);
    String level = value(record, Column.LEVEL_CODE);
    String course = value(record, Column.COURSE_TITLE);
    boolean framed = !subject.isEmpty() || !level.isEmpty();
    if (framed && !course.isEmpty()) {
      throw refusal(Column.COURSE_TITLE, course, "Give either " + name(Column.SUBJECT_CODE) + " and "
          + name(Column.LEVEL_CODE) + " (a framework subject) or " + name(Column.COURSE_TITLE) + " (any other course), not both.");
    }
    if (!framed && course.isEmpty()) {
      throw refusal(Column.SUBJECT_CODE, null, "The row names no training: give " + name(Column.SUBJECT_CODE) + " and "
          + name(Column.LEVEL_CODE) + " for a framework subject, or " + name(Column.COURSE_TITLE) + " for any other course.");
    }
    if (!framed) {
      return course(course);
    }
    return subject(subject.toUpperCase(Locale.ROOT), level.toUpperCase(Locale.ROOT), subject, level);
  }

  private Achievement course(String title) {
    if (title.length() > MAX_VALUE) {
      throw refusal(Column.COURSE_TITLE, title, name(Column.COURSE_TITLE) + " is longer than " + MAX_VALUE
          + " characters; shorten it.");
    }
    return new Achievement.Course(title);
  }

  private Achievement subject(String subjectCode, String levelCode, String subject, String level) {
    if (subject.isEmpty() || level.isEmpty()) {
      Column missing = subject.isEmpty() ? Column.SUBJECT_CODE : Column.LEVEL_CODE;
      throw refusal(missing, null, name(missing) + " is empty; a framework subject needs both "
          + name(Column.SUBJECT_CODE) + " and " + name(Column.LEVEL_CODE) + ".");
    }
    Optional<SubjectDto> known =
        framework.data().subjects().stream().filter(s -> s.code().equals(subjectCode)).findFirst();
    if (known.isEmpty()) {
      throw refusal(Column.SUBJECT_CODE, subject, "'" + subject + "' is not a subject of the training framework; use a "
          + "subject code listed in docs/imports.md (e.g. FIRE_SAFETY), or put the course in " + name(Column.COURSE_TITLE) + ".");
    }
    if (framework.level(subjectCode, levelCode).isEmpty()) {
      String levels = known.get().levels().stream().map(LevelDto::code).collect(Collectors.joining(", "));
      throw refusal(Column.LEVEL_CODE, level, subjectCode + " has no level '" + level + "' in the training framework;"
          + " its levels are " + levels + ".");
    }
    return new Achievement.Subject(subjectCode, levelCode);
  }

  private LocalDate completedOn(CSVRecord record) {
    String value = required(record, Column.COMPLETED_ON);
    LocalDate completed = date(Column.COMPLETED_ON, value);
    if (completed.isAfter(today)) {
      throw refusal(Column.COMPLETED_ON, value, "'" + value + "' is in the future (today is " + today.format(SHOWN)
          + "); training can only be imported once it has been done.");
    }
    return completed;
  }

  private LocalDate expiresOn(CSVRecord record, LocalDate completed) {
    String value = value(record, Column.EXPIRES_ON);
    if (value.isEmpty()) {
      return validityExpiry(record, completed);
    }
    LocalDate expires = date(Column.EXPIRES_ON, value);
    if (!expires.isAfter(completed)) {
      throw refusal(Column.EXPIRES_ON, value, name(Column.EXPIRES_ON) + " '" + value + "' is not after the completion date "
          + completed.format(SHOWN) + "; correct it, or leave it empty when it is not known.");
    }
    return expires;
  }

  /** Social care: "Validity (months)" gives the expiry when the file has no expiry date (0 or empty: none given). */
  private LocalDate validityExpiry(CSVRecord record, LocalDate completed) {
    String value = value(record, Column.VALIDITY_MONTHS);
    if (value.isEmpty()) {
      return null;
    }
    if (!value.matches("\\d{1,4}")) {
      throw refusal(Column.VALIDITY_MONTHS, value, "'" + value + "' is not a number of months; write a whole number"
          + " such as 36, or leave it empty.");
    }
    int months = Integer.parseInt(value);
    return months == 0 ? null : completed.plusMonths(months);
  }

  private LocalDate date(Column column, String value) {
    return ImportDates.parse(value).orElseThrow(() -> refusal(column, value,
        "'" + value + "' is not a date; write 31/01/2024 or 2024-01-31 (day before month)."));
  }

  private String required(CSVRecord record, Column column) {
    String value = value(record, column);
    if (value.isEmpty()) {
      throw refusal(column, null, name(column) + " is empty; every row needs one.");
    }
    return value;
  }

  /** The trimmed value, or "" when the file has no such column. */
  private String value(CSVRecord record, Column column) {
    Integer position = file.columns().get(column);
    return position == null || position >= record.size() ? "" : record.get(position).strip();
  }

  private String name(Column column) {
    return file.nameOf(column);
  }

  private Refusal refusal(Column column, String value, String reason) {
    return new Refusal(name(column), value, reason);
  }

  private static String cut(String value) {
    return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE);
  }

  /** The first problem of a row; thrown to stop checking the row, never leaves this class. */
  private static final class Refusal extends RuntimeException {
    private final String column;
    private final String value;
    private final String reason;

    Refusal(String column, String value, String reason) {
      super(reason, null, false, false);
      this.column = column;
      this.value = value;
      this.reason = reason;
    }
  }
}
