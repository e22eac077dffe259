package city.academy.catalogue.apprenticeship.application;

import city.academy.catalogue.booking.domain.LondonTime;
import city.academy.platform.problem.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates as requests give them (yyyy-mm-dd) and today as the city counts it (London). */
public final class Dates {

  private Dates() {}

  public static LocalDate today() {
    return LocalDate.now(LondonTime.LONDON);
  }

  /** @return the date, or null for blank text */
  static LocalDate parse(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.badRequest("\"" + text.strip() + "\" is not a date for " + field + ": give it as yyyy-mm-dd, e.g. 2026-11-22.");
    }
  }

  /** The "as of" date of a report: today when not given. */
  static LocalDate asOf(String text) {
    LocalDate asOf = parse("asOf", text);
    return asOf == null ? today() : asOf;
  }
}
