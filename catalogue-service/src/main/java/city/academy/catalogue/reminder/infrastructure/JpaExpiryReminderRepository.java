package city.academy.catalogue.reminder.infrastructure;

import city.academy.catalogue.reminder.domain.ExpiryReminder;
import city.academy.catalogue.reminder.domain.ExpiryReminderRepository;
import city.academy.catalogue.reminder.domain.TeamReminder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class JpaExpiryReminderRepository implements ExpiryReminderRepository {
  /** Records asked about at once (an IN list both databases plan well). */
  private static final int CHUNK = 500;

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Override
  public Set<String> remindedKeys(Collection<Long> recordIds) {
    Set<String> keys = new HashSet<>();
    List<Long> ids = new ArrayList<>(new HashSet<>(recordIds));
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Object[]> rows = em.createQuery(
              "SELECT r.recordId, r.threshold FROM ExpiryReminder r WHERE r.recordId IN :ids", Object[].class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
          .getResultList();
      for (Object[] row : rows) {
        keys.add(row[0] + ":" + ((Enum<?>) row[1]).name());
      }
    }
    return keys;
  }

  @Override
  public ExpiryReminder add(ExpiryReminder reminder) {
    em.persist(reminder);
    return reminder;
  }

  @Override
  public TeamReminder add(TeamReminder line) {
    em.persist(line);
    return line;
  }

  @Override
  public List<String> managersWaiting() {
    return em.createQuery("SELECT DISTINCT t.managerId FROM TeamReminder t WHERE t.digestMessageId IS NULL ORDER BY t.managerId",
        String.class).getResultList();
  }

  @Override
  public List<TeamReminder> waitingFor(String managerId) {
    return em.createQuery("SELECT t FROM TeamReminder t JOIN FETCH t.reminder r WHERE t.managerId = :manager"
            + " AND t.digestMessageId IS NULL ORDER BY r.expiresOn, r.personName, r.subjectName", TeamReminder.class)
        .setParameter("manager", managerId)
        .getResultList();
  }

  @Override
  public int markDigested(List<Long> lineIds, long messageId) {
    int marked = 0;
    for (int from = 0; from < lineIds.size(); from += CHUNK) {
      marked += em.createQuery("UPDATE TeamReminder t SET t.digestMessageId = :message WHERE t.id IN :ids AND t.digestMessageId IS NULL")
          .setParameter("message", messageId)
          .setParameter("ids", lineIds.subList(from, Math.min(lineIds.size(), from + CHUNK)))
          .executeUpdate();
    }
    return marked;
  }

  @Override
  public List<ExpiryReminder> ofPerson(String personId, int limit) {
    return em.createQuery("SELECT r FROM ExpiryReminder r WHERE r.personId = :person ORDER BY r.remindedOn DESC, r.id DESC",
            ExpiryReminder.class)
        .setParameter("person", personId).setMaxResults(limit).getResultList();
  }
}
