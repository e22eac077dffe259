package city.academy.catalogue.api;

/**
 * Enrol a person on a cohort (academy admins).
 *
 * @param personId passport identity
 * @param employerCode one of the cohort's employers, where the person currently works
 * @param lineManagerPersonId who confirms their off-the-job hours (default: their line manager in that post)
 * @param startDate yyyy-mm-dd, not before the cohort starts
 * @param plannedEndDate yyyy-mm-dd, at least 8 months after the start (default: start + the programme's months)
 * @param plannedOtjHours planned off-the-job hours, at least the programme's minimum (default: the minimum)
 */
public record EnrolmentRequest(String personId, String employerCode, String lineManagerPersonId, String startDate,
    String plannedEndDate, Integer plannedOtjHours) {}
