package city.academy.catalogue.api;

import java.util.List;

/**
 * Apprentices, withdrawals and achievements by one equality characteristic.
 *
 * @param characteristic ETHNICITY, SEX, DISABILITY or DEPRIVATION_DECILE
 * @param rows one per answer, then PREFER_NOT_TO_SAY, then NOT_DECLARED
 */
public record EqualityTableDto(String characteristic, String label, List<EqualityRowDto> rows, long apprentices, long withdrawn,
    long achieved) {}
