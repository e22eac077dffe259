package city.academy.catalogue.reminder.infrastructure;

import city.academy.catalogue.reminder.domain.OrganisationDigests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

@ApplicationScoped
public class JpaOrganisationDigests implements OrganisationDigests {

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Override
  public boolean sent(String personId, LocalDate weekOf) {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM organisation_digest WHERE person_id = ? AND week_of = ?")
        .setParameter(1, personId).setParameter(2, weekOf).getSingleResult()).intValue() > 0;
  }

  @Override
  public void record(String personId, LocalDate weekOf, String organisationCode, long messageId) {
    em.createNativeQuery("INSERT INTO organisation_digest (person_id, week_of, organisation_code, message_id) VALUES (?, ?, ?, ?)")
        .setParameter(1, personId).setParameter(2, weekOf).setParameter(3, organisationCode).setParameter(4, messageId)
        .executeUpdate();
  }
}
