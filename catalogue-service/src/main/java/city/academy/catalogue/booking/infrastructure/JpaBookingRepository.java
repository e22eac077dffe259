package city.academy.catalogue.booking.infrastructure;

import city.academy.catalogue.booking.domain.Booking;
import city.academy.catalogue.booking.domain.BookingRepository;
import city.academy.catalogue.booking.domain.BookingStatus;
import city.academy.catalogue.booking.domain.Session;
import city.academy.catalogue.booking.domain.SessionStatus;
import city.academy.platform.problem.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaBookingRepository implements BookingRepository {
  private static final List<BookingStatus> ACTIVE =
      List.of(BookingStatus.CONFIRMED, BookingStatus.WAITLISTED, BookingStatus.AWAITING_APPROVAL);

  /** Marks a booking reminded if still confirmed and never reminded: (at, forStart, id). */
  static final String MARK_REMINDED = "UPDATE booking SET reminded_at = ?, reminded_for_start = ? WHERE id = ?"
      + " AND status = 'CONFIRMED' AND reminded_for_start IS NULL";
  /** The same, for a booking last reminded of another start: (at, forStart, id, readForStart). */
  static final String MARK_REMINDED_AGAIN = "UPDATE booking SET reminded_at = ?, reminded_for_start = ? WHERE id = ?"
      + " AND status = 'CONFIRMED' AND reminded_for_start = ?";

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Override
  public Booking add(Booking booking) {
    em.persist(booking);
    return booking;
  }

  @Override
  public Optional<Booking> byId(long id) {
    return Optional.ofNullable(em.find(Booking.class, id));
  }

  @Override
  public Optional<Long> sessionIdOf(long bookingId) {
    return em.createQuery("select b.session.id from Booking b where b.id = :id", Long.class)
        .setParameter("id", bookingId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean hasActive(Session session, String personId) {
    return !em.createQuery("select b.id from Booking b where b.session = :session and b.activePersonId = :person", Long.class)
        .setParameter("session", session)
        .setParameter("person", personId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<Booking> active(Session session) {
    return em.createQuery("select b from Booking b where b.session = :session and b.status in :active order by b.queueNumber", Booking.class)
        .setParameter("session", session)
        .setParameter("active", ACTIVE)
        .getResultList();
  }

  @Override
  public List<Booking> waitlist(Session session) {
    return em.createQuery("select b from Booking b where b.session = :session and b.status = :status order by b.queueNumber", Booking.class)
        .setParameter("session", session)
        .setParameter("status", BookingStatus.WAITLISTED)
        .getResultList();
  }

  @Override
  public int waitlistPosition(Booking booking) {
    if (booking.status() != BookingStatus.WAITLISTED) {
      return 0;
    }
    long ahead = em.createQuery(
            "select count(b) from Booking b where b.session = :session and b.status = :status and b.queueNumber < :number", Long.class)
        .setParameter("session", booking.session())
        .setParameter("status", BookingStatus.WAITLISTED)
        .setParameter("number", booking.queueNumber())
        .getSingleResult();
    return (int) ahead + 1;
  }

  @Override
  public List<Booking> confirmed(Session session) {
    return em.createQuery(
            "select b from Booking b where b.session = :session and b.status = :status order by b.displayName, b.id", Booking.class)
        .setParameter("session", session)
        .setParameter("status", BookingStatus.CONFIRMED)
        .getResultList();
  }

  @Override
  public List<Booking> ofSession(Session session, Paging paging) {
    return em.createQuery("select b from Booking b where b.session = :session order by b.queueNumber", Booking.class)
        .setParameter("session", session)
        .setFirstResult(paging.offset())
        .setMaxResults(paging.size())
        .getResultList();
  }

  @Override
  public long countOfSession(Session session) {
    return em.createQuery("select count(b) from Booking b where b.session = :session", Long.class)
        .setParameter("session", session)
        .getSingleResult();
  }

  @Override
  public List<Booking> ofPerson(String personId, OffsetDateTime endedAfter, Paging paging) {
    TypedQuery<Booking> query = em.createQuery(
            "select b from Booking b join b.session s where b.personId = :person" + (endedAfter == null ? "" : " and s.endsAt > :after")
                + " order by s.startsAt, b.id",
            Booking.class)
        .setParameter("person", personId);
    if (endedAfter != null) {
      query.setParameter("after", endedAfter);
    }
    return query.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
  }

  @Override
  public long countOfPerson(String personId, OffsetDateTime endedAfter) {
    TypedQuery<Long> query = em.createQuery(
            "select count(b) from Booking b join b.session s where b.personId = :person" + (endedAfter == null ? "" : " and s.endsAt > :after"),
            Long.class)
        .setParameter("person", personId);
    if (endedAfter != null) {
      query.setParameter("after", endedAfter);
    }
    return query.getSingleResult();
  }

  @Override
  public List<Booking> awaitingApprovalBy(String managerPersonId, Paging paging) {
    return em.createQuery(
            "select b from Booking b where b.lineManagerPersonId = :manager and b.status = :status order by b.requestedAt, b.id", Booking.class)
        .setParameter("manager", managerPersonId)
        .setParameter("status", BookingStatus.AWAITING_APPROVAL)
        .setFirstResult(paging.offset())
        .setMaxResults(paging.size())
        .getResultList();
  }

  @Override
  public long countAwaitingApprovalBy(String managerPersonId) {
    return em.createQuery("select count(b) from Booking b where b.lineManagerPersonId = :manager and b.status = :status", Long.class)
        .setParameter("manager", managerPersonId)
        .setParameter("status", BookingStatus.AWAITING_APPROVAL)
        .getSingleResult();
  }

  @Override
  public List<Booking> reminderCandidates(OffsetDateTime now, OffsetDateTime until, int limit) {
    // from the sessions by start (ix_course_session_starts_id) to their confirmed bookings (ix_booking_session_status)
    return em.createQuery("select b from Booking b join fetch b.session s join fetch s.course"
            + " where s.startsAt > :now and s.startsAt < :until and s.status = :scheduled and b.status = :confirmed"
            + " and (b.remindedForStart is null or b.remindedForStart <> s.startsAt)"
            + " order by s.startsAt, b.id", Booking.class)
        .setParameter("now", now)
        .setParameter("until", until)
        .setParameter("scheduled", SessionStatus.SCHEDULED)
        .setParameter("confirmed", BookingStatus.CONFIRMED)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public boolean markReminded(long bookingId, OffsetDateTime readForStart, OffsetDateTime forStart, OffsetDateTime at) {
    var update = em.createNativeQuery(readForStart == null ? MARK_REMINDED : MARK_REMINDED_AGAIN)
        .setParameter(1, at)
        .setParameter(2, forStart)
        .setParameter(3, bookingId);
    if (readForStart != null) {
      update.setParameter(4, readForStart);
    }
    return update.executeUpdate() == 1;
  }
}
