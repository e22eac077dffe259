package city.academy.catalogue.message.domain;

import java.util.List;
import java.util.Optional;

/** People's saved email preferences. */
public interface EmailPreferenceRepository {
  Optional<EmailPreference> byPerson(String personId);

  EmailPreference add(EmailPreference preference);

  /** People who asked for an organisation's weekly digest. */
  List<EmailPreference> organisationDigests();
}
