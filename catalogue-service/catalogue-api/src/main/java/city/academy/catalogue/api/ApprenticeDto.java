package city.academy.catalogue.api;

import java.time.LocalDate;
import java.util.List;

/**
 * An apprentice on a cohort, with their journey so far.
 *
 * @param status ACTIVE, BREAK_IN_LEARNING, WITHDRAWN, GATEWAY, END_POINT_ASSESSMENT, COMPLETED, ACHIEVED or FAILED
 * @param statusSince when the current status began
 * @param plannedReturn while on a break in learning: the planned return
 * @param withdrawalReason when withdrawn: the reason code
 * @param grade when achieved: PASS, MERIT or DISTINCTION
 * @param otj off-the-job hours planned against done
 * @param lastReviewOn the latest progress review, or null
 * @param reviewDueBy when the next review is due (12 weeks after the last, or after the start)
 * @param reviewOverdue whether the apprentice is in learning and the review is past due
 * @param history every status with its date, oldest first
 */
public record ApprenticeDto(long id, long cohortId, String cohortName, String standardCode, String programmeTitle,
    String personId, String personName, String employerCode, String lineManagerPersonId,
    LocalDate startDate, LocalDate plannedEndDate, int plannedOtjHours,
    String status, String statusLabel, LocalDate statusSince, LocalDate plannedReturn, String withdrawalReason, String grade,
    OtjProgressDto otj, LocalDate lastReviewOn, LocalDate reviewDueBy, boolean reviewOverdue, List<StatusChangeDto> history) {}
