package city.academy.catalogue.api;

/** An apprenticeship programme: a standard the academy runs cohorts of. */
public record ProgrammeDto(long id, String standardCode, String title, int level, int durationMonths, int minimumOtjHours, long cohorts) {}
