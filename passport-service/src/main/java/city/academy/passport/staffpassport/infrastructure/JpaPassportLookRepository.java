package city.academy.passport.staffpassport.infrastructure;

import city.academy.passport.people.domain.Person;
import city.academy.passport.staffpassport.domain.PassportLook;
import city.academy.passport.staffpassport.domain.PassportLookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaPassportLookRepository implements PassportLookRepository {

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  @Override
  public PassportLook add(PassportLook look) {
    em.persist(look);
    return look;
  }

  @Override
  public List<PassportLook> of(Person person) {
    return em.createQuery(
            "select l from PassportLook l where l.person = :person order by l.viewedAt desc, l.id desc", PassportLook.class)
        .setParameter("person", person)
        .getResultList();
  }
}
