package city.academy.catalogue.api;

import java.math.BigDecimal;

/**
 * Log off-the-job hours (the apprentice).
 *
 * @param date yyyy-mm-dd: on or after the apprenticeship's start, not in the future
 * @param hours more than 0; with the day's other entries, at most 24
 * @param activity TAUGHT_SESSION, SELF_STUDY, MENTORING, SHADOWING, PROJECT, ONLINE_LEARNING, ASSIGNMENT or INDUSTRY_VISIT
 */
public record OtjEntryRequest(String date, BigDecimal hours, String activity, String note) {}
