package city.academy.passport.framework.domain;

/**
 * What the framework's requirement rules look at in a post.
 *
 * @param staffGroup staff group code
 * @param clinical a clinical post
 * @param patientFacing a post in contact with patients or the public
 * @param sector {@code HEALTH} or {@code SOCIAL_CARE}: the employing organisation's sector
 */
public record Post(String staffGroup, boolean clinical, boolean patientFacing, String sector) {}
