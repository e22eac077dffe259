package city.academy.catalogue.message.domain;

import java.util.List;
import java.util.Optional;

/** People's saved email preferences. */
public interface EmailPreferenceRepository {
  Optional<EmailPreference> byPerson(String personId);

  EmailPreference add(EmailPreference preference);

  /** The saved preferences of these people (those who never chose are missing). */
  List<EmailPreference> byPeople(java.util.Collection<String> personIds);

  /** People who asked for an organisation's weekly digest. */
  List<EmailPreference> organisationDigests();
}
