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
}
