package city.academy.catalogue.api;

/**
 * A person's self-declared equality monitoring answers. Each is a code or PREFER_NOT_TO_SAY; null
 * means not answered. Seen only by the person and academy admins, and otherwise only in counts.
 *
 * @param ethnicity WHITE, MIXED, ASIAN, BLACK, OTHER
 * @param sex FEMALE, MALE
 * @param disability YES, NO
 * @param deprivationDecile 1 (most deprived) to 10, of the home postcode's area
 */
public record EqualityDto(String ethnicity, String sex, String disability, String deprivationDecile, MomentDto declaredAt) {}
