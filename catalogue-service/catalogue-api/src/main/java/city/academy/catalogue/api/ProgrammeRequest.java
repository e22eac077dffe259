package city.academy.catalogue.api;

/**
 * Set up an apprenticeship programme (academy admins).
 *
 * @param standardCode the apprenticeship standard's reference, e.g. ST0118
 * @param level 2 to 7
 * @param durationMonths typical duration, at least 8 (the funding rules' minimum)
 * @param minimumOtjHours the standard's minimum off-the-job hours, at least 187
 */
public record ProgrammeRequest(String standardCode, String title, Integer level, Integer durationMonths, Integer minimumOtjHours) {}
