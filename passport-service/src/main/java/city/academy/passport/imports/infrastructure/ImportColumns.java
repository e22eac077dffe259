package city.academy.passport.imports.infrastructure;

import city.academy.passport.imports.domain.ImportFormat;
import city.academy.passport.imports.infrastructure.CheckedFile.Column;
import java.util.List;
import java.util.Locale;

/** The columns each format has, with the names files are known to give them. */
final class ImportColumns {

  /** One column of a format: the first name is the one used when telling people about it. */
  record Spec(Column column, boolean required, List<String> names) {
    String displayName() {
      return names.get(0);
    }

    boolean matches(String headerName) {
      String key = key(headerName);
      return names.stream().anyMatch(name -> key(name).equals(key));
    }
  }

  private ImportColumns() {}

  static List<Spec> of(ImportFormat format) {
    return switch (format) {
      case NATIONAL_HR -> List.of(
          required(Column.ORGANISATION_CODE, "Organisation Code", "Org Code"),
          required(Column.EMPLOYEE_NUMBER, "Employee Number"),
          required(Column.COMPETENCE_NAME, "Competence Name", "Competency Name"),
          required(Column.COMPLETED_ON, "Achievement Date", "Date Achieved", "Completion Date", "Date Completed"),
          optional(Column.EXPIRES_ON, "Expiry Date"));
      case GENERIC -> List.of(
          required(Column.ORGANISATION_CODE, "organisation_code"),
          required(Column.EMPLOYEE_NUMBER, "employee_number"),
          required(Column.SUBJECT_CODE, "subject_code"),
          required(Column.LEVEL_CODE, "level_code"),
          required(Column.COURSE_TITLE, "course_title"),
          required(Column.COMPLETED_ON, "completed_on"),
          optional(Column.EXPIRES_ON, "expires_on"));
      case SOCIAL_CARE -> List.of(
          required(Column.ORGANISATION_CODE, "Organisation Code", "Org Code"),
          required(Column.EMPLOYEE_NUMBER, "Employee Number", "Worker ID", "Staff ID"),
          required(Column.TRAINING_CATEGORY, "Training Category", "Category"),
          required(Column.COMPLETED_ON, "Date Completed", "Completed Date", "Completion Date"),
          optional(Column.EXPIRES_ON, "Expiry Date"),
          optional(Column.VALIDITY_MONTHS, "Validity (months)", "Validity"),
          optional(Column.ACCREDITED, "Accredited"));
    };
  }

  /** Header names are compared in lower case with spaces, underscores, hyphens and punctuation left out. */
  static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static Spec required(Column column, String... names) {
    return new Spec(column, true, List.of(names));
  }

  private static Spec optional(Column column, String... names) {
    return new Spec(column, false, List.of(names));
  }
}
