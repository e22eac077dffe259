package city.academy.catalogue.api;

import java.math.BigDecimal;

/**
 * Off-the-job hours: planned against done, as of a date.
 *
 * @param plannedHours planned for the whole apprenticeship
 * @param expectedToDate where the apprentice should be by now at an even pace (breaks in learning pause the clock)
 * @param confirmedHours hours confirmed by the employer or the provider
 * @param pendingHours hours logged and not yet confirmed
 * @param pace ON_TRACK (confirmed at least 90% of expected), BEHIND, or NOT_DUE (nothing expected yet)
 */
public record OtjProgressDto(int plannedHours, BigDecimal expectedToDate, BigDecimal confirmedHours, BigDecimal pendingHours, String pace) {}
