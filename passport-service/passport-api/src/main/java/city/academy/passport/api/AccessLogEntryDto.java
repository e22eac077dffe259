package city.academy.passport.api;

import java.time.OffsetDateTime;

/**
 * Someone other than the person looked at their passport.
 *
 * @param at when
 * @param viewer the viewer's name
 * @param viewerRole in which role (line manager, HR admin, ...)
 * @param organisation the viewer's organisation, if they looked on its behalf
 * @param purpose what for (passport view, transfer check, ...)
 */
public record AccessLogEntryDto(
    OffsetDateTime at, String viewer, String viewerRole, String organisation, String purpose) {}
