package city.academy.catalogue.reminder.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The points at which a person hears that a record is running out (the passport decides which is
 * reached; see its own {@code ReminderThreshold}): 90, 30 and 7 days before the expiry date, and on
 * it (the day after the last day the record counts).
 */
public enum ReminderThreshold {
  EXPIRED,
  DAYS_7,
  DAYS_30,
  DAYS_90;

  /** Under "fewer reminders" a person hears only at 30 days and at expiry. */
  public boolean inFewer() {
    return this == DAYS_30 || this == EXPIRED;
  }

  public static ReminderThreshold parse(String name) {
    try {
      return valueOf(name);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("The passport named an unknown reminder threshold: " + name);
    }
  }

  /**
   * How the record stands, in words, on {@code day}: "expires on 2 January 2027 (in 30 days)" or
   * "expired on 2 December 2026".
   *
   * @param expiresOn the first day the record no longer counts
   */
  public static String standing(LocalDate expiresOn, LocalDate day) {
    LocalDate lastValid = expiresOn.minusDays(1);
    long days = ChronoUnit.DAYS.between(day, expiresOn);
    if (days <= 0) {
      return "stopped counting after " + ReminderDates.spoken(lastValid);
    }
    return "counts until " + ReminderDates.spoken(lastValid) + " (" + (days == 1 ? "1 day" : days + " days") + " from today)";
  }
}
