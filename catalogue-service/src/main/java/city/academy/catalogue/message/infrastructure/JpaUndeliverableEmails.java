package city.academy.catalogue.message.infrastructure;

import city.academy.catalogue.message.domain.UndeliverableEmail;
import city.academy.catalogue.message.domain.UndeliverableEmails;
import city.academy.platform.problem.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class JpaUndeliverableEmails implements UndeliverableEmails {

  /** A refusal counts until an email to the person has gone since (their address was put right). */
  private static final String STILL_FAILING =
      " AND NOT EXISTS (SELECT d.id FROM EmailDelivery d WHERE d.personId = u.personId AND d.sentAt > u.refusedAt)";

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Override
  public UndeliverableEmail add(UndeliverableEmail refused) {
    em.persist(refused);
    return refused;
  }

  @Override
  public List<Problem> ofOrganisation(String organisationCode, Paging paging) {
    List<Object[]> rows = em.createQuery("SELECT u.personId, u.personName, u.address, MAX(u.refusedAt), COUNT(u) FROM UndeliverableEmail u"
            + " WHERE u.organisationCode = :org" + STILL_FAILING + " GROUP BY u.personId, u.personName, u.address ORDER BY MAX(u.refusedAt) DESC, u.personId",
            Object[].class)
        .setParameter("org", organisationCode).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
    List<Problem> problems = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      String person = (String) row[0];
      String address = (String) row[2];
      OffsetDateTime last = (OffsetDateTime) row[3];
      String reason = em.createQuery("SELECT u.reason FROM UndeliverableEmail u WHERE u.organisationCode = :org AND u.personId = :p"
              + " ORDER BY u.refusedAt DESC, u.id DESC", String.class)
          .setParameter("org", organisationCode).setParameter("p", person).setMaxResults(1).getSingleResult();
      problems.add(new Problem(person, (String) row[1], address, reason, last, ((Number) row[4]).longValue()));
    }
    return problems;
  }

  @Override
  public long peopleOfOrganisation(String organisationCode) {
    return em.createQuery("SELECT COUNT(DISTINCT u.personId) FROM UndeliverableEmail u WHERE u.organisationCode = :org" + STILL_FAILING, Long.class)
        .setParameter("org", organisationCode).getSingleResult();
  }
}
