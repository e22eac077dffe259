package city.academy.catalogue.message.infrastructure;

import city.academy.catalogue.message.domain.Message;
import city.academy.catalogue.message.domain.MessageRepository;
import city.academy.platform.problem.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMessageRepository implements MessageRepository {

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Override
  public Message add(Message message) {
    em.persist(message);
    return message;
  }

  @Override
  public Optional<Message> byId(long id) {
    return Optional.ofNullable(em.find(Message.class, id));
  }

  @Override
  public List<Message> ofPerson(String personId, Paging paging) {
    return em.createQuery("select m from Message m where m.personId = :person order by m.createdAt desc, m.id desc", Message.class)
        .setParameter("person", personId)
        .setFirstResult(paging.offset())
        .setMaxResults(paging.size())
        .getResultList();
  }

  @Override
  public long countOfPerson(String personId) {
    return em.createQuery("select count(m) from Message m where m.personId = :person", Long.class)
        .setParameter("person", personId)
        .getSingleResult();
  }

  @Override
  public long unreadOfPerson(String personId) {
    return em.createQuery("select count(m) from Message m where m.personId = :person and m.readAt is null", Long.class)
        .setParameter("person", personId)
        .getSingleResult();
  }
}
