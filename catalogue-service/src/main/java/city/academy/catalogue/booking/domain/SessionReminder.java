package city.academy.catalogue.booking.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * When a person with a confirmed place is reminded of a session: on the London day two days before
 * the day it starts (a session on Thursday is reminded on Tuesday), whatever the hour. A run that
 * comes late catches up: every session starting from now until the end of the London day after
 * tomorrow that has not been reminded yet, as long as it has not started. One reminder per London
 * day the session is planned for: moved to another day, it is reminded again; moved within its day,
 * not (the person was told of the change).
 *
 * <p>Days are London days, so the clock changes move the window's end in UTC (midnight is 23:00
 * UTC in summer, 00:00 in winter), and a run just after midnight London time in summer already
 * belongs to the next day.
 */
public final class SessionReminder {
  /** How many London days before the session's day the reminder goes. */
  public static final int DAYS_BEFORE = 2;

  private SessionReminder() {}

  /** The London day whose sessions a run at {@code now} reminds: two days after today. */
  public static LocalDate reminderDay(OffsetDateTime now) {
    return londonDay(now).plusDays(DAYS_BEFORE);
  }

  /** The end of the window of a run at {@code now} (exclusive): midnight in London after the reminder day. */
  public static OffsetDateTime windowEnd(OffsetDateTime now) {
    return reminderDay(now).plusDays(1).atStartOfDay(LondonTime.LONDON).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
  }

  /**
   * Whether a confirmed place on a scheduled session starting at {@code startsAt} is to be reminded
   * at {@code now}.
   *
   * @param remindedForStart the start the last reminder was about, null when none was sent
   */
  public static boolean due(OffsetDateTime startsAt, OffsetDateTime remindedForStart, OffsetDateTime now) {
    if (!startsAt.isAfter(now) || !startsAt.isBefore(windowEnd(now))) {
      return false;
    }
    return remindedForStart == null || !londonDay(remindedForStart).equals(londonDay(startsAt));
  }

  static LocalDate londonDay(OffsetDateTime moment) {
    return moment.atZoneSameInstant(LondonTime.LONDON).toLocalDate();
  }
}
