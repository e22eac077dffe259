package city.academy.passport.credentials.infrastructure;

import city.academy.passport.credentials.domain.PassportCredential;
import city.academy.passport.credentials.domain.PassportCredentialRepository;
import city.academy.passport.people.domain.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPassportCredentialRepository implements PassportCredentialRepository {

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  @Override
  public PassportCredential add(PassportCredential credential) {
    em.persist(credential);
    return credential;
  }

  @Override
  public Optional<PassportCredential> byUuid(String uuid) {
    return em.createQuery("select c from PassportCredential c where c.uuid = :uuid", PassportCredential.class)
        .setParameter("uuid", uuid).getResultStream().findFirst();
  }

  @Override
  public List<PassportCredential> ofPerson(Person person) {
    return em.createQuery("select c from PassportCredential c where c.person = :person order by c.issuedAt desc, c.id desc",
        PassportCredential.class).setParameter("person", person).getResultList();
  }

  @Override
  public List<PassportCredential> activeAsserting(long recordId) {
    return em.createQuery("select c from PassportCredential c join c.recordIds r where r = :record and c.revokedAt is null",
        PassportCredential.class).setParameter("record", recordId).getResultList();
  }

  @Override
  public List<Long> revokedIdsBetween(long from, long to) {
    return em.createQuery("select c.id from PassportCredential c where c.revokedAt is not null and c.id >= :from and c.id < :to",
        Long.class).setParameter("from", from).setParameter("to", to).getResultList();
  }
}
