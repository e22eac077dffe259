package city.academy.passport.platform;

import city.academy.passport.staffpassport.application.PassportService;
import city.academy.platform.problem.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The {@code asOf} query parameter every passport and compliance endpoint takes. */
public final class Days {
  private Days() {}

  /** Blank for today (Europe/London), otherwise an ISO date between 1950 and 2100. */
  public static LocalDate asOf(String asOf) {
    if (asOf == null || asOf.isBlank()) {
      return PassportService.today();
    }
    try {
      LocalDate day = LocalDate.parse(asOf.strip());
      if (day.getYear() < 1950 || day.getYear() > 2100) {
        throw ProblemException.badRequest("asOf: choose a day between 1950 and 2100, not " + asOf + ".");
      }
      return day;
    } catch (DateTimeParseException e) {
      throw ProblemException.badRequest("asOf: \"" + asOf + "\" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-22.");
    }
  }
}
