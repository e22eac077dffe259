package city.academy.web.passport;

import city.academy.web.platform.DisplayDates;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * The "as of" day asked for in the address ({@code ?asOf=2027-03-01}): nothing means today; a day
 * in any of the forms people and browsers write it is read; anything else is explained, never
 * thrown.
 *
 * <p>Read: {@code 2027-03-01} (what a date input sends), {@code 1 Mar 2027} (how the portal writes
 * dates) and {@code 1/3/2027} (day first, the UK way).
 *
 * @param date the day asked for; {@code null} for today (or when it could not be read)
 * @param problem what is wrong with what was asked for, in words for the page; {@code null} if
 *     nothing is
 */
public record AsOf(LocalDate date, String problem) {
  /** The earliest and latest days the page asks the passport service about (the service's own range). */
  static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  /** Longest piece of what was typed that the message repeats. */
  static final int QUOTED = 40;

  private static final List<DateTimeFormatter> FORMS =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT));

  /** Today. */
  public static AsOf today() {
    return new AsOf(null, null);
  }

  public static AsOf parse(String text) {
    if (text == null || text.isBlank()) {
      return today();
    }
    String typed = text.strip();
    LocalDate date = read(typed);
    if (date == null) {
      return new AsOf(
          null,
          "“" + quote(typed) + "” is not a date we can read. Pick a day in the date field, then choose Show.");
    }
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      return new AsOf(
          null,
          "Choose a date between "
              + DisplayDates.format(EARLIEST)
              + " and "
              + DisplayDates.format(LATEST)
              + ".");
    }
    return new AsOf(date, null);
  }

  private static LocalDate read(String typed) {
    for (DateTimeFormatter form : FORMS) {
      try {
        return LocalDate.parse(typed, form);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    try {
      LocalDate date = DisplayDates.parse(typed);
      // DisplayDates reads leniently ("31 Feb" as 28 Feb, say): accept only a day it writes back.
      String written = typed.replaceAll("\\s+", " ").replaceFirst("^0+(?=\\d)", "");
      return DisplayDates.format(date).equalsIgnoreCase(written) ? date : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String quote(String typed) {
    return typed.length() <= QUOTED ? typed : typed.substring(0, QUOTED) + "…";
  }

  /** Whether a day was asked for and read. */
  public boolean isChosen() {
    return date != null;
  }

  /** Whether what was asked for could not be used. */
  public boolean isInvalid() {
    return problem != null;
  }

  /** The day for the passport service ({@code 2027-03-01}); {@code null} for today. */
  public String query() {
    return date == null ? null : date.toString();
  }
}
