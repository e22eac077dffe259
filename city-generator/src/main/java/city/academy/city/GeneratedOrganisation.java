package city.academy.city;

/**
 * A partner organisation of the synthetic city.
 *
 * @param code unique code, 3–6 upper-case letters or digits
 * @param name invented name
 * @param type framework organisation type code, e.g. {@code NHS_TRUST}
 * @param sector {@code HEALTH} or {@code SOCIAL_CARE}, from the type
 */
public record GeneratedOrganisation(String code, String name, String type, String sector) {}
