package city.academy.passport.imports.infrastructure;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dates import files may hold: 31/01/2024 (or 5/3/2024), 2024-01-31 and 05-Mar-2024. Day
 * before month only; a date that does not exist (31/02/2024) is not a date.
 */
final class ImportDates {
  private static final List<DateTimeFormatter> FORMATS = List.of(
      strict("d/M/uuuu"),
      strict("uuuu-MM-dd"),
      strict("d-MMM-uuuu"));

  private ImportDates() {}

  static Optional<LocalDate> parse(String value) {
    for (DateTimeFormatter format : FORMATS) {
      try {
        return Optional.of(LocalDate.parse(value, format));
      } catch (DateTimeParseException e) {
        // try the next way of writing it
      }
    }
    return Optional.empty();
  }

  private static DateTimeFormatter strict(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
