package city.academy.catalogue.completion.infrastructure;

import city.academy.catalogue.completion.domain.CompletionHandOff;
import city.academy.catalogue.completion.domain.CompletionOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCompletionOutbox implements CompletionOutbox {

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Override
  public CompletionHandOff add(CompletionHandOff handOff) {
    em.persist(handOff);
    return handOff;
  }

  @Override
  public List<CompletionHandOff> undelivered(int limit) {
    return em.createQuery(
            "select h from CompletionHandOff h where h.deliveredAt is null order by h.createdAt, h.id", CompletionHandOff.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<CompletionHandOff> byIdempotencyKey(String key) {
    return em.createQuery("select h from CompletionHandOff h where h.idempotencyKey = :key", CompletionHandOff.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<CompletionHandOff> due(java.time.OffsetDateTime now, int limit) {
    return em.createQuery(
            "select h from CompletionHandOff h where h.deliveredAt is null"
                + " and (h.nextAttemptAt is null or h.nextAttemptAt <= :now) order by h.createdAt, h.id",
            CompletionHandOff.class)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<CompletionHandOff> byId(long id) {
    return Optional.ofNullable(em.find(CompletionHandOff.class, id));
  }
}
