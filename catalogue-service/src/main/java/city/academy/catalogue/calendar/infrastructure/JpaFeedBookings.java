package city.academy.catalogue.calendar.infrastructure;

import city.academy.catalogue.booking.domain.Booking;
import city.academy.catalogue.booking.domain.BookingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A person's bookings that belong in their feed, with their sessions and courses (ix_booking_person). */
@ApplicationScoped
public class JpaFeedBookings {
  /** A feed holds at most this many events (a person has a few dozen a year). */
  static final int MAX_EVENTS = 500;

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  /** Confirmed bookings, and cancelled ones that had a place, of sessions ending after {@code endedAfter}. */
  public List<Booking> of(String personId, OffsetDateTime endedAfter) {
    return em.createQuery("select b from Booking b join fetch b.session s join fetch s.course c"
            + " where b.personId = :person and s.endsAt > :after"
            + " and (b.status = :confirmed or (b.status = :cancelled and b.confirmedAt is not null))"
            + " order by s.startsAt, b.id", Booking.class)
        .setParameter("person", personId)
        .setParameter("after", endedAfter)
        .setParameter("confirmed", BookingStatus.CONFIRMED)
        .setParameter("cancelled", BookingStatus.CANCELLED)
        .setMaxResults(MAX_EVENTS)
        .getResultList();
  }

  /** One booking with its session and course. */
  public Optional<Booking> byId(long bookingId) {
    return em.createQuery("select b from Booking b join fetch b.session s join fetch s.course where b.id = :id", Booking.class)
        .setParameter("id", bookingId)
        .getResultStream()
        .findFirst();
  }
}
