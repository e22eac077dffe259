package city.academy.catalogue.apprenticeship.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * What the reports know of one apprentice: one row, read without the journey or the log. The pace
 * and review rules are applied here, for the apprentice's page and for the reports alike.
 *
 * @param equality the person's answers by question (absent: not answered)
 */
public record ApprenticeLine(long id, long cohortId, String personId, String personName, String employerCode, LocalDate startDate,
    LocalDate plannedEndDate, int plannedOtjHours, ApprenticeStatus status, LocalDate statusSince, WithdrawalReason withdrawalReason,
    Grade grade, int breakDays, LocalDate lastReviewOn, BigDecimal confirmedOtj, BigDecimal pendingOtj,
    Map<EqualityCharacteristic, String> equality) {

  public ApprenticeLine {
    equality = Map.copyOf(equality);
  }

  /** Days on a break in learning up to a date, the current break included. */
  public long breakDaysUntil(LocalDate asOf) {
    long current = status == ApprenticeStatus.BREAK_IN_LEARNING && asOf.isAfter(statusSince) ? ChronoUnit.DAYS.between(statusSince, asOf) : 0;
    return breakDays + current;
  }

  public OtjPace pace(LocalDate asOf) {
    return OtjPace.of(startDate, plannedEndDate, plannedOtjHours, breakDaysUntil(asOf), status, asOf, confirmedOtj, pendingOtj);
  }

  /** 12 weeks after the last review, or after the start when there has been none. */
  public LocalDate reviewDueBy() {
    return (lastReviewOn == null ? startDate : lastReviewOn).plusDays(Apprentice.REVIEW_INTERVAL_DAYS);
  }

  public boolean reviewOverdue(LocalDate asOf) {
    return status.reviewsDue() && asOf.isAfter(reviewDueBy());
  }

  /** The answer to a question as a report row: the code, or NOT_DECLARED. */
  public String answer(EqualityCharacteristic question) {
    return equality.getOrDefault(question, EqualityCharacteristic.NOT_DECLARED);
  }
}
