package city.academy.passport.localrules.domain;

import city.academy.passport.organisation.domain.Organisation;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where organisations' local rules are kept. */
public interface LocalRuleRepository {
  List<LocalRequirement> requirementsOf(Collection<String> organisationCodes);

  List<LocalRefresher> refreshersOf(Collection<String> organisationCodes);

  Optional<LocalRequirement> requirement(Organisation organisation, String code);

  <T> T add(T rule);
}
