package city.academy.city;

/**
 * An apprentice's equality and diversity declaration.
 *
 * @param ethnicity WHITE, MIXED, ASIAN, BLACK, OTHER or PREFER_NOT_TO_SAY
 * @param sex FEMALE, MALE or PREFER_NOT_TO_SAY
 * @param disability YES, NO or PREFER_NOT_TO_SAY
 * @param deprivationDecile "1" (most deprived) to "10", or PREFER_NOT_TO_SAY
 */
public record PlannedEquality(
    String ethnicity, String sex, String disability, String deprivationDecile) {}
