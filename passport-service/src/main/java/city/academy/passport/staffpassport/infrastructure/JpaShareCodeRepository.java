package city.academy.passport.staffpassport.infrastructure;

import city.academy.passport.people.domain.Person;
import city.academy.passport.staffpassport.domain.ShareCode;
import city.academy.passport.staffpassport.domain.ShareCodeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaShareCodeRepository implements ShareCodeRepository {

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  @Override
  public ShareCode add(ShareCode code) {
    em.persist(code);
    return code;
  }

  @Override
  public Optional<ShareCode> byCode(String typed) {
    return em.createQuery("select s from ShareCode s where s.codeHash = :hash", ShareCode.class)
        .setParameter("hash", ShareCode.hash(typed))
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ShareCode> of(Person person) {
    return em.createQuery("select s from ShareCode s where s.person = :person order by s.issuedAt desc, s.id desc", ShareCode.class)
        .setParameter("person", person)
        .getResultList();
  }
}
