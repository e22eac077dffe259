package city.academy.city;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An off-the-job training entry.
 *
 * @param date when
 * @param hours more than 0, at most 12, two decimals
 * @param activity TAUGHT_SESSION, SELF_STUDY, MENTORING, SHADOWING, PROJECT, ONLINE_LEARNING,
 *     ASSIGNMENT or INDUSTRY_VISIT
 * @param note what it was, or {@code null}
 * @param confirmed whether the employer or provider has confirmed it
 */
public record PlannedOtj(
    LocalDate date, BigDecimal hours, String activity, String note, boolean confirmed) {}
