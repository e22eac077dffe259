package city.academy.catalogue.calendar.infrastructure;

import city.academy.catalogue.calendar.domain.CalendarFeed;
import city.academy.catalogue.calendar.domain.CalendarFeedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaCalendarFeedRepository implements CalendarFeedRepository {

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Override
  public CalendarFeed add(CalendarFeed feed) {
    em.persist(feed);
    return feed;
  }

  @Override
  public Optional<CalendarFeed> liveOf(String personId) {
    return em.createQuery("select f from CalendarFeed f where f.activePersonId = :person", CalendarFeed.class)
        .setParameter("person", personId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<CalendarFeed> currentOf(String personId) {
    return em.createQuery("select f from CalendarFeed f where f.activePersonId = :person", CalendarFeed.class)
        .setParameter("person", personId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void flush() {
    try {
      em.flush();
    } catch (jakarta.persistence.PersistenceException e) {
      // one live feed per person: another request for the same person got there first
      throw new IllegalStateException("Your calendar address was changed by another request at the same moment; ask again.", e);
    }
  }

  @Override
  public Optional<CalendarFeed> liveBySecret(String secret) {
    return em.createQuery("select f from CalendarFeed f where f.secretHash = :hash and f.revokedAt is null", CalendarFeed.class)
        .setParameter("hash", CalendarFeed.hash(secret))
        .getResultStream()
        .findFirst();
  }
}
