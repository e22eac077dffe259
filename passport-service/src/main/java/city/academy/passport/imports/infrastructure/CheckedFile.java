package city.academy.passport.imports.infrastructure;

import city.academy.passport.imports.domain.ImportFormat;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A file that {@link CsvImportReader#check} found readable, with everything needed to read it
 * again: its text encoding, separator, header and where each known column is.
 *
 * @param path the file
 * @param format the kind of export it is
 * @param charset UTF-8 or windows-1252
 * @param byteOrderMark whether the file starts with a UTF-8 byte order mark (skipped when read)
 * @param delimiter the separator, ',' or ';'
 * @param header the column names as the file spells them (trimmed), in file order
 * @param columns where each known column is, by position in {@code header}; unknown columns are left out
 * @param rows how many rows the file has after the header, blank lines not counted (for progress)
 */
public record CheckedFile(
    Path path, ImportFormat format, Charset charset, boolean byteOrderMark, char delimiter, List<String> header,
    Map<Column, Integer> columns, long rows) {

  public CheckedFile {
    header = List.copyOf(header);
    columns = Map.copyOf(columns);
  }

  /** Whether the file has this column. */
  public boolean has(Column column) {
    return columns.containsKey(column);
  }

  /** The column's name as the file's header spells it. */
  public String nameOf(Column column) {
    Integer position = columns.get(column);
    return position == null ? null : header.get(position);
  }

  /** What a column of an import file holds, whatever the file calls it. */
  public enum Column {
    ORGANISATION_CODE,
    EMPLOYEE_NUMBER,
    /** National HR: the national competence name. */
    COMPETENCE_NAME,
    /** Social care: the training category. */
    TRAINING_CATEGORY,
    /** Generic: the framework subject code. */
    SUBJECT_CODE,
    /** Generic: the framework level code. */
    LEVEL_CODE,
    /** Generic: the title of a course outside the framework. */
    COURSE_TITLE,
    COMPLETED_ON,
    EXPIRES_ON,
    /** Social care: validity in months (gives the expiry when the file has no expiry date). */
    VALIDITY_MONTHS,
    /** Social care: accredited yes/no/don't know (read, not used). */
    ACCREDITED
  }
}
