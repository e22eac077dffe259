package city.academy.web.passport;

/**
 * Names for the codes in a passport: framework subjects and levels, and organisations. The page
 * gives the portal's cached names ({@code FrameworkNames}, {@code OrganisationNames}); a test gives
 * its own.
 */
public interface Names {
  /** "Fire Safety" for {@code FIRE_SAFETY}. */
  String subject(String code);

  /** "Level 2" for subject {@code FIRE_SAFETY}, level {@code 2}. */
  String level(String subject, String level);

  /** "Northgate General Hospital NHS Trust" for {@code NGH}; the code itself when unknown. */
  String organisation(String code);
}
