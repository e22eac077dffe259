package city.academy.city;

/**
 * An apprenticeship standard the city's apprentices follow.
 *
 * @param standardCode the standard's reference, e.g. {@code ST0118}
 * @param title the standard's title
 * @param level 2 to 7
 * @param durationMonths typical duration of the learning before gateway
 * @param minimumOtjHours the least off-the-job training hours an apprentice plans
 */
public record PlannedProgramme(
    String standardCode, String title, int level, int durationMonths, int minimumOtjHours) {}
