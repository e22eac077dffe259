package city.academy.web.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;

/**
 * How the portal writes dates: "22 Nov 2026", in Europe/London. The month abbreviations are fixed
 * to three letters: the JDK's en-GB data says "Sept", which would make September the odd one out.
 */
public final class DisplayDates {
  /** The pattern, for documentation and for components that want a pattern string. */
  public static final String PATTERN = "d MMM yyyy";
  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  private static final Map<Long, String> MONTHS =
      Map.ofEntries(
          Map.entry(1L, "Jan"), Map.entry(2L, "Feb"), Map.entry(3L, "Mar"), Map.entry(4L, "Apr"),
          Map.entry(5L, "May"), Map.entry(6L, "Jun"), Map.entry(7L, "Jul"), Map.entry(8L, "Aug"),
          Map.entry(9L, "Sep"), Map.entry(10L, "Oct"), Map.entry(11L, "Nov"), Map.entry(12L, "Dec"));

  private static final DateTimeFormatter DATE =
      new DateTimeFormatterBuilder()
          .appendValue(ChronoField.DAY_OF_MONTH)
          .appendLiteral(' ')
          .appendText(ChronoField.MONTH_OF_YEAR, MONTHS)
          .appendLiteral(' ')
          .appendValue(ChronoField.YEAR, 4)
          .toFormatter(Locale.UK)
          .withZone(ZONE);

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private DisplayDates() {}

  /** "22 Nov 2026"; empty for {@code null}. */
  public static String format(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** The date in London of an instant; empty for {@code null}. */
  public static String format(Instant instant) {
    return instant == null ? "" : DATE.format(instant.atZone(ZONE).toLocalDate());
  }

  /** The date in London of a moment with an offset; empty for {@code null}. */
  public static String format(OffsetDateTime moment) {
    return moment == null ? "" : format(moment.toInstant());
  }

  /** "22 Nov 2026, 14:05" in London (24-hour clock); empty for {@code null}. */
  public static String formatDateTime(OffsetDateTime moment) {
    if (moment == null) {
      return "";
    }
    var london = moment.atZoneSameInstant(ZONE);
    return DATE.format(london.toLocalDate()) + ", " + TIME.format(london);
  }

  /** Parses what {@link #format(LocalDate)} writes (case-insensitive month). */
  public static LocalDate parse(String text) {
    return LocalDate.parse(
        text.strip(),
        new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendValue(ChronoField.DAY_OF_MONTH)
            .appendLiteral(' ')
            .appendText(ChronoField.MONTH_OF_YEAR, MONTHS)
            .appendLiteral(' ')
            .appendValue(ChronoField.YEAR, 4)
            .toFormatter(Locale.UK));
  }
}
