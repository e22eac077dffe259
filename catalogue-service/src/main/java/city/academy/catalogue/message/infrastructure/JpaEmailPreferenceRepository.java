package city.academy.catalogue.message.infrastructure;

import city.academy.catalogue.message.domain.EmailPreference;
import city.academy.catalogue.message.domain.EmailPreferenceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEmailPreferenceRepository implements EmailPreferenceRepository {

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Override
  public Optional<EmailPreference> byPerson(String personId) {
    return Optional.ofNullable(em.find(EmailPreference.class, personId));
  }

  @Override
  public List<EmailPreference> byPeople(java.util.Collection<String> personIds) {
    if (personIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT p FROM EmailPreference p WHERE p.personId IN :people", EmailPreference.class)
        .setParameter("people", java.util.List.copyOf(personIds)).getResultList();
  }

  @Override
  public EmailPreference add(EmailPreference preference) {
    em.persist(preference);
    return preference;
  }

  @Override
  public List<EmailPreference> organisationDigests() {
    return em.createQuery("SELECT p FROM EmailPreference p WHERE p.organisationDigest IS NOT NULL ORDER BY p.personId",
        EmailPreference.class).getResultList();
  }
}
