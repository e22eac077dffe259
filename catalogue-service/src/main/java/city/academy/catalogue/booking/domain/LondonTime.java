package city.academy.catalogue.booking.domain;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Times as the city reads them. The catalogue keeps every moment in UTC; people give and read
 * times in Europe/London, where the offset changes twice a year.
 */
public final class LondonTime {
  public static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

  private LondonTime() {}

  /**
   * A moment from ISO-8601 text: with an offset or zone ({@code 2026-11-22T09:30Z},
   * {@code 2026-07-01T09:30+01:00}) as given, or without one as a London wall-clock time. A London
   * time that does not exist (the hour skipped when the clocks go forward) is refused; one that
   * happens twice (when they go back) means the first.
   *
   * @param field the field's name, for the message
   * @return the moment in UTC, or null for blank text
   * @throws IllegalArgumentException when the text is not a time
   */
  public static OffsetDateTime parse(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    try {
      return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notWithOffset) {
      try {
        return ZonedDateTime.parse(value).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notZoned) {
        // a London wall-clock time, below
      }
    }
    LocalDateTime local;
    try {
      local = LocalDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          field + ": \"" + value + "\" is not a time; write e.g. 2026-11-22T09:30 (London time) or 2026-11-22T09:30Z.");
    }
    var offsets = LONDON.getRules().getValidOffsets(local);
    if (offsets.isEmpty()) {
      throw new IllegalArgumentException(
          field + ": " + value + " does not exist in London (the clocks go forward then); give a time outside the skipped hour.");
    }
    return local.atOffset(offsets.get(0)).withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** The same moment in London, with that day's offset. */
  public static OffsetDateTime inLondon(OffsetDateTime moment) {
    return moment == null ? null : moment.atZoneSameInstant(LONDON).toOffsetDateTime();
  }

  /** For messages people read: "Sun 22 Nov 2026, 09:30". */
  public static String readable(OffsetDateTime moment) {
    return moment.atZoneSameInstant(LONDON).format(READABLE);
  }

  public static OffsetDateTime utc(OffsetDateTime moment) {
    return moment == null ? null : moment.withOffsetSameInstant(ZoneOffset.UTC);
  }
}
