package city.academy.passport.localrules.infrastructure;

import city.academy.passport.localrules.domain.LocalRefresher;
import city.academy.passport.localrules.domain.LocalRequirement;
import city.academy.passport.localrules.domain.LocalRuleRepository;
import city.academy.passport.organisation.domain.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaLocalRuleRepository implements LocalRuleRepository {

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  @Override
  public List<LocalRequirement> requirementsOf(Collection<String> organisationCodes) {
    if (organisationCodes.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select l from LocalRequirement l where l.organisation.code in :codes and l.retiredAt is null"
            + " order by l.organisation.code, l.code", LocalRequirement.class)
        .setParameter("codes", organisationCodes).getResultList();
  }

  @Override
  public List<LocalRefresher> refreshersOf(Collection<String> organisationCodes) {
    if (organisationCodes.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select l from LocalRefresher l where l.organisation.code in :codes and l.retiredAt is null"
            + " order by l.organisation.code, l.subjectCode", LocalRefresher.class)
        .setParameter("codes", organisationCodes).getResultList();
  }

  @Override
  public Optional<LocalRequirement> requirement(Organisation organisation, String code) {
    return em.createQuery("select l from LocalRequirement l where l.organisation = :org and l.code = :code", LocalRequirement.class)
        .setParameter("org", organisation).setParameter("code", code).getResultStream().findFirst();
  }

  @Override
  public <T> T add(T rule) {
    em.persist(rule);
    return rule;
  }
}
