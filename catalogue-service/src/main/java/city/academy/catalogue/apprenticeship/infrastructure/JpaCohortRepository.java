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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaCohortRepository implements CohortRepository {
  private static final String VISIBLE = " and (c.providerCode in :providers or exists"
      + " (select 1 from Cohort c2 join c2.employerCodes e where c2 = c and e in :employers))";
  private static final String NAMED = " and lower(c.name) like :name escape '\\'";
  /** An IN list may not be empty: a code no organisation has. */
  private static final Set<String> NOBODY = Set.of("-");

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Override
  public List<Cohort> page(Visible visible, String nameContains, Paging paging) {
    if (visible != null && visible.none()) {
      return List.of();
    }
    TypedQuery<Cohort> query = em.createQuery("select c from Cohort c where 1 = 1" + (visible == null ? "" : VISIBLE)
        + (nameContains == null ? "" : NAMED) + " order by c.startDate desc, c.name, c.id", Cohort.class);
    bind(query, visible, nameContains);
    // the cohorts' employers in one more query, not one per cohort
    query.setHint("eclipselink.batch", "c.employerCodes");
    query.setHint("eclipselink.batch.type", "IN");
    return query.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
  }

  private static void bind(TypedQuery<?> query, Visible visible, String nameContains) {
    if (nameContains != null) {
      String escaped = nameContains.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      query.setParameter("name", "%" + escaped + "%");
    }
    if (visible != null) {
      query.setParameter("providers", visible.providers().isEmpty() ? NOBODY : visible.providers());
      query.setParameter("employers", visible.employers().isEmpty() ? NOBODY : visible.employers());
    }
  }

  @Override
  public long count(Visible visible, String nameContains) {
    if (visible != null && visible.none()) {
      return 0;
    }
    TypedQuery<Long> query = em.createQuery("select count(c) from Cohort c where 1 = 1" + (visible == null ? "" : VISIBLE)
        + (nameContains == null ? "" : NAMED), Long.class);
    bind(query, visible, nameContains);
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
