package city.academy.catalogue.api;

import java.math.BigDecimal;

/**
 * Headline figures for a cohort, an employer, a programme or the whole city.
 *
 * @param key cohort id, organisation code or standard code (CITY for the whole city)
 * @param inLearning active, at gateway, in end-point assessment or completed awaiting the result
 * @param achievementRate achieved / (achieved + failed + withdrawn); null when nobody has finished
 * @param withdrawalRate withdrawn / apprentices; null when there are none
 */
public record SummaryRowDto(String key, String label, long apprentices, long inLearning, long onBreak, long withdrawn, long achieved,
    long failed, int plannedOtjHours, BigDecimal expectedOtjHours, BigDecimal confirmedOtjHours, long onTrack, long behind,
    long overdueReviews, Double achievementRate, Double withdrawalRate) {}
