package city.academy.catalogue.booking.infrastructure;

import city.academy.catalogue.booking.domain.Session;
import city.academy.catalogue.booking.domain.SessionRepository;
import city.academy.platform.problem.Paging;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

@ApplicationScoped
public class JpaSessionRepository implements SessionRepository {
  /**
   * How long a request waits for a session's lock on H2, in milliseconds. H2's default (2 s) is
   * short for a booking storm queueing on one session; PostgreSQL waits as long as it takes.
   */
  static final int H2_LOCK_TIMEOUT_MS = 15_000;

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Resource(lookup = "jdbc/catalogue")
  DataSource dataSource;

  private volatile Boolean onH2;

  @Override
  public Session add(Session session) {
    em.persist(session);
    return session;
  }

  @Override
  public Optional<Session> byId(long id) {
    return Optional.ofNullable(em.find(Session.class, id));
  }

  @Override
  public Optional<Session> lockedById(long id) {
    if (onH2()) {
      // Per connection, kept outside the transaction (it neither commits nor rolls back).
      em.createNativeQuery("SET LOCK_TIMEOUT " + H2_LOCK_TIMEOUT_MS).executeUpdate();
    }
    return Optional.ofNullable(em.find(Session.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Long> releaseDue(OffsetDateTime now, int limit) {
    return em.createQuery(
            "select s.id from Session s where s.placesReleased = false and s.releaseAt <= :now and s.startsAt > :now"
                + " and s.status = city.academy.catalogue.booking.domain.SessionStatus.SCHEDULED order by s.releaseAt, s.id",
            Long.class)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Session> ofCourse(long courseId, OffsetDateTime endedAfter, Paging paging) {
    TypedQuery<Session> query = em.createQuery(
            "select s from Session s where s.course.id = :course" + (endedAfter == null ? "" : " and s.endsAt > :after")
                + " order by s.startsAt, s.id",
            Session.class)
        .setParameter("course", courseId);
    if (endedAfter != null) {
      query.setParameter("after", endedAfter);
    }
    return query.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
  }

  @Override
  public long countOfCourse(long courseId, OffsetDateTime endedAfter) {
    TypedQuery<Long> query = em.createQuery(
            "select count(s) from Session s where s.course.id = :course" + (endedAfter == null ? "" : " and s.endsAt > :after"),
            Long.class)
        .setParameter("course", courseId);
    if (endedAfter != null) {
      query.setParameter("after", endedAfter);
    }
    return query.getSingleResult();
  }

  @Override
  public long count() {
    return em.createQuery("select count(s) from Session s", Long.class).getSingleResult();
  }

  private boolean onH2() {
    Boolean known = onH2;
    if (known == null) {
      try (Connection connection = dataSource.getConnection()) {
        known = city.academy.platform.persistence.Databases.isH2(connection);
      } catch (SQLException e) {
        known = false;
      }
      onH2 = known;
    }
    return known;
  }
}
