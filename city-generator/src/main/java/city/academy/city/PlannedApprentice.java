package city.academy.city;

import java.time.LocalDate;
import java.util.List;

/**
 * One apprentice of a cohort and everything that happened on their apprenticeship.
 *
 * @param personId the generated person
 * @param personName "Given Family"
 * @param employerCode the organisation of the person's current main post
 * @param lineManagerPersonId that post's line manager, or {@code null}
 * @param startDate the apprentice's start, never after the city's "as of" date
 * @param plannedEndDate start plus the programme's duration (give or take a month)
 * @param plannedOtjHours at least the programme's minimum
 * @param journey the dated status history, oldest first, starting ACTIVE on the start date
 * @param otj off-the-job training entries, oldest first
 * @param reviews progress reviews, oldest first
 * @param equality the apprentice's declaration, or {@code null} when never declared
 */
public record PlannedApprentice(
    String personId,
    String personName,
    String employerCode,
    String lineManagerPersonId,
    LocalDate startDate,
    LocalDate plannedEndDate,
    int plannedOtjHours,
    List<PlannedStatus> journey,
    List<PlannedOtj> otj,
    List<PlannedReview> reviews,
    PlannedEquality equality) {

  public PlannedApprentice {
    journey = List.copyOf(journey);
    otj = List.copyOf(otj);
    reviews = List.copyOf(reviews);
  }
}
