package city.academy.catalogue.api;

import java.math.BigDecimal;

/** One apprentice's hours against their pace. */
public record OtjLineDto(long apprenticeId, String personName, String employerCode, int plannedHours, BigDecimal expectedToDate,
    BigDecimal confirmedHours, String pace) {}
