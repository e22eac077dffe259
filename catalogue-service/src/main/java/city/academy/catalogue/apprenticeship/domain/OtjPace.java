package city.academy.catalogue.apprenticeship.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Off-the-job hours planned against done, as of a date (docs/apprenticeships.md, "Pace rule").
 * Expected to date = planned hours × days in learning so far ÷ planned days, where days in learning
 * run from the start to the earlier of the date and the planned end, less days on a break in
 * learning. Only confirmed hours count; at least 90% of expected is on track.
 *
 * @param expectedToDate hours an even pace would have reached
 * @param pace where the apprentice stands
 */
public record OtjPace(int plannedHours, BigDecimal expectedToDate, BigDecimal confirmedHours, BigDecimal pendingHours, Pace pace) {

  /** Share of the expected hours that still counts as on track. */
  public static final BigDecimal ON_TRACK_SHARE = new BigDecimal("0.90");

  /** Before a full week in learning nothing is due yet. */
  public static final int FIRST_DAYS_NOT_DUE = 7;

  /** On track, behind, nothing due yet, or training over (left or completed: not counted). */
  public enum Pace {
    ON_TRACK, BEHIND, NOT_DUE, FINISHED
  }

  /**
   * @param breakDays days on a break in learning up to {@code asOf} (the current break included)
   */
  public static OtjPace of(LocalDate start, LocalDate plannedEnd, int plannedHours, long breakDays, ApprenticeStatus status,
      LocalDate asOf, BigDecimal confirmed, BigDecimal pending) {
    LocalDate until = asOf.isBefore(plannedEnd) ? asOf : plannedEnd;
    long plannedDays = Math.max(1, ChronoUnit.DAYS.between(start, plannedEnd));
    long inLearning = Math.max(0, ChronoUnit.DAYS.between(start, until) - breakDays);
    BigDecimal expected = BigDecimal.valueOf(plannedHours).multiply(BigDecimal.valueOf(inLearning))
        .divide(BigDecimal.valueOf(plannedDays), 2, RoundingMode.HALF_UP);
    Pace pace;
    if (status.trainingOver()) {
      pace = Pace.FINISHED;
    } else if (inLearning < FIRST_DAYS_NOT_DUE) {
      pace = Pace.NOT_DUE;
    } else if (confirmed.compareTo(expected.multiply(ON_TRACK_SHARE)) >= 0) {
      pace = Pace.ON_TRACK;
    } else {
      pace = Pace.BEHIND;
    }
    return new OtjPace(plannedHours, expected, confirmed, pending, pace);
  }
}
