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

  /** Names from the framework and the partner list, as the portal knows them. */
  static Names of(city.academy.web.framework.FrameworkNames framework, city.academy.web.organisation.OrganisationNames organisations) {
    return new Names() {
      @Override
      public String subject(String code) {
        return framework.subject(code);
      }

      @Override
      public String level(String subject, String level) {
        return framework.level(subject, level);
      }

      @Override
      public String organisation(String code) {
        return organisations.name(code);
      }
    };
  }
}
