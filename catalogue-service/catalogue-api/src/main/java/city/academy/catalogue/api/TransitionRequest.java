package city.academy.catalogue.api;

/**
 * Move an apprentice to a new status (academy admins).
 *
 * @param status the new status
 * @param effectiveOn yyyy-mm-dd, not before the current status began and not in the future
 * @param reasonCode for WITHDRAWN: a withdrawal reason code (see GET /apprenticeships/withdrawal-reasons)
 * @param plannedReturn for BREAK_IN_LEARNING: yyyy-mm-dd, after effectiveOn
 * @param grade for ACHIEVED: PASS, MERIT or DISTINCTION
 */
public record TransitionRequest(String status, String effectiveOn, String reasonCode, String plannedReturn, String grade, String note) {}
