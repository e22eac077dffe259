package city.academy.passport.organisation.domain;

import java.util.List;
import java.util.Optional;

/** Where organisations are kept. */
public interface OrganisationRepository {
  List<Organisation> all();

  Optional<Organisation> byCode(String code);

  Organisation add(Organisation organisation);

  long count();
}
