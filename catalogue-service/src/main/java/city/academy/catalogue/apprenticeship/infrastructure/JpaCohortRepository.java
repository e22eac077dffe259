package city.academy.catalogue.apprenticeship.infrastructure;

import city.academy.catalogue.apprenticeship.domain.Cohort;
import city.academy.catalogue.apprenticeship.domain.CohortRepository;
import city.academy.platform.problem.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaCohortRepository implements CohortRepository {
  private static final String VISIBLE = " where c.providerCode in :orgs or exists"
      + " (select 1 from Cohort c2 join c2.employerCodes e where c2 = c and e in :orgs)";

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Override
  public List<Cohort> page(Set<String> organisations, Paging paging) {
    if (organisations != null && organisations.isEmpty()) {
      return List.of();
    }
    TypedQuery<Cohort> query = em.createQuery("select c from Cohort c" + (organisations == null ? "" : VISIBLE)
        + " order by c.startDate desc, c.name, c.id", Cohort.class);
    if (organisations != null) {
      query.setParameter("orgs", organisations);
    }
    return query.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
  }

  @Override
  public long count(Set<String> organisations) {
    if (organisations != null && organisations.isEmpty()) {
      return 0;
    }
    TypedQuery<Long> query = em.createQuery("select count(c) from Cohort c" + (organisations == null ? "" : VISIBLE), Long.class);
    if (organisations != null) {
      query.setParameter("orgs", organisations);
    }
    return query.getSingleResult();
  }

  @Override
  public Optional<Cohort> byId(long id) {
    return Optional.ofNullable(em.find(Cohort.class, id));
  }

  @Override
  public Cohort add(Cohort cohort) {
    em.persist(cohort);
    return cohort;
  }

  @Override
  public Map<Long, Long> apprenticeCounts(List<Long> cohortIds) {
    Map<Long, Long> counts = new HashMap<>();
    if (cohortIds.isEmpty()) {
      return counts;
    }
    em.createQuery("select a.cohort.id, count(a) from Apprentice a where a.cohort.id in :ids group by a.cohort.id", Object[].class)
        .setParameter("ids", cohortIds).getResultList()
        .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
    return counts;
  }
}
