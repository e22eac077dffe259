package city.academy.passport.organisation.infrastructure;

import city.academy.passport.organisation.domain.Organisation;
import city.academy.passport.organisation.domain.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  @Override
  public List<Organisation> all() {
    return em.createQuery("select o from Organisation o order by o.name", Organisation.class)
        .getResultList();
  }

  @Override
  public Optional<Organisation> byCode(String code) {
    return em.createQuery("select o from Organisation o where o.code = :code", Organisation.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Organisation add(Organisation organisation) {
    em.persist(organisation);
    return organisation;
  }

  @Override
  public long count() {
    return em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
  }
}
