package city.academy.catalogue.api;

import java.time.OffsetDateTime;

/**
 * A moment as the catalogue keeps it (UTC) and as people in the city read it (Europe/London, with
 * the offset of that day, so times across the clock change are shown right).
 *
 * @param utc the instant, in UTC
 * @param london the same instant in Europe/London, e.g. {@code 2026-07-01T09:30+01:00}
 */
public record MomentDto(OffsetDateTime utc, OffsetDateTime london) {}
