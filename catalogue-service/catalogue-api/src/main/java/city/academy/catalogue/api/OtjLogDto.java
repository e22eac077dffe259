package city.academy.catalogue.api;

import java.util.List;

/** An apprentice's off-the-job log, newest first, with their progress. */
public record OtjLogDto(long apprenticeId, OtjProgressDto progress, List<OtjEntryDto> entries) {}
