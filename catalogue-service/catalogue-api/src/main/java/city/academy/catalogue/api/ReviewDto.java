package city.academy.catalogue.api;

import java.time.LocalDate;

/** A progress review. */
public record ReviewDto(long id, long apprenticeId, LocalDate date, String attendees, String notes, String recordedBy, MomentDto recordedAt) {}
