package city.academy.city;

import java.time.LocalDate;

/**
 * A progress review.
 *
 * @param date when
 * @param attendees who took part, e.g. {@code apprentice, line manager, tutor}
 * @param notes what was agreed
 */
public record PlannedReview(LocalDate date, String attendees, String notes) {}
