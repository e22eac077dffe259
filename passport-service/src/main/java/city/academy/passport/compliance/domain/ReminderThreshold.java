package city.academy.passport.compliance.domain;

import java.time.LocalDate;

/**
 * The points before (and at) a record's expiry when its holder is reminded, tightest first. A
 * threshold is reached on the day {@code daysBefore} days before the record's expiry date (the
 * first day it no longer counts): {@code EXPIRED} on that day itself, the day after the last day
 * the record was valid.
 */
public enum ReminderThreshold {
  EXPIRED(0),
  DAYS_7(7),
  DAYS_30(30),
  DAYS_90(90);

  private final int daysBefore;

  ReminderThreshold(int daysBefore) {
    this.daysBefore = daysBefore;
  }

  public int daysBefore() {
    return daysBefore;
  }

  /** The day this threshold is reached for a record expiring on {@code expiresOn}. */
  public LocalDate reachedOn(LocalDate expiresOn) {
    return expiresOn.minusDays(daysBefore);
  }

  /** The tightest threshold a record expiring on {@code expiresOn} has reached by {@code day}, if any. */
  public static java.util.Optional<ReminderThreshold> reachedBy(LocalDate expiresOn, LocalDate day) {
    for (ReminderThreshold threshold : values()) {
      if (!threshold.reachedOn(expiresOn).isAfter(day)) {
        return java.util.Optional.of(threshold);
      }
    }
    return java.util.Optional.empty();
  }
}
