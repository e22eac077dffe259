package city.academy.catalogue.apprenticeship.infrastructure;

import city.academy.catalogue.apprenticeship.domain.Programme;
import city.academy.catalogue.apprenticeship.domain.ProgrammeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaProgrammeRepository implements ProgrammeRepository {

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Override
  public List<Programme> all() {
    return em.createQuery("select p from Programme p order by p.title, p.level, p.id", Programme.class).getResultList();
  }

  @Override
  public Optional<Programme> byId(long id) {
    return Optional.ofNullable(em.find(Programme.class, id));
  }

  @Override
  public Optional<Programme> byStandard(String standardCode) {
    return em.createQuery("select p from Programme p where p.standardCode = :code", Programme.class)
        .setParameter("code", standardCode).getResultStream().findFirst();
  }

  @Override
  public Programme add(Programme programme) {
    em.persist(programme);
    return programme;
  }

  @Override
  public Map<Long, Long> cohortCounts() {
    Map<Long, Long> counts = new HashMap<>();
    em.createQuery("select c.programme.id, count(c) from Cohort c group by c.programme.id", Object[].class).getResultList()
        .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
    return counts;
  }
}
