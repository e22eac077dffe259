package city.academy.catalogue.api;

import java.time.LocalDate;

/** One step of an apprentice's journey. {@code reasonLabel} is the withdrawal reason in words. */
public record StatusChangeDto(String status, String statusLabel, LocalDate effectiveOn, String reasonCode, String reasonLabel,
    LocalDate plannedReturn, String grade, String note, String recordedBy, MomentDto recordedAt) {}
