package city.academy.catalogue.booking.domain;

import city.academy.platform.problem.Paging;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Where bookings are kept. */
public interface BookingRepository {
  Booking add(Booking booking);

  Optional<Booking> byId(long id);

  /** The id of the booking's session, without loading the booking. */
  Optional<Long> sessionIdOf(long bookingId);

  /** Whether the person holds an active booking (confirmed, waitlisted, awaiting approval) on the session. */
  boolean hasActive(Session session, String personId);

  /** The session's active bookings. */
  List<Booking> active(Session session);

  /** The session's waitlist in arrival order. */
  List<Booking> waitlist(Session session);

  /** 1 for the next in line; for a waitlisted booking only. */
  int waitlistPosition(Booking booking);

  /** Confirmed bookings (the attendance register), by name. */
  List<Booking> confirmed(Session session);

  /** Every booking of a session, in arrival order. */
  List<Booking> ofSession(Session session, Paging paging);

  long countOfSession(Session session);

  /** A person's bookings, soonest session first; of sessions ended before {@code endedAfter} left out unless null. */
  List<Booking> ofPerson(String personId, OffsetDateTime endedAfter, Paging paging);

  long countOfPerson(String personId, OffsetDateTime endedAfter);

  /** Bookings waiting for this line manager's approval, oldest request first. */
  List<Booking> awaitingApprovalBy(String managerPersonId, Paging paging);

  long countAwaitingApprovalBy(String managerPersonId);

  /**
   * Confirmed bookings of scheduled sessions starting after {@code now} and before {@code until}
   * that were not reminded of this start, with their sessions and courses, soonest first. The
   * caller decides which are due ({@link Booking#reminderDue}).
   */
  List<Booking> reminderCandidates(OffsetDateTime now, OffsetDateTime until, int limit);

  /**
   * Marks a booking reminded of the session starting at {@code forStart}, if it is still confirmed
   * and its last reminder is still the one read ({@code readForStart}, null for none): a
   * compare-and-set in one statement, which both databases re-check after waiting for a concurrent
   * writer, so of two runs (or two instances) exactly one succeeds. In the caller's transaction,
   * with the reminder's message.
   *
   * @return false when another run reminded it first, or it is no longer confirmed
   */
  boolean markReminded(long bookingId, OffsetDateTime readForStart, OffsetDateTime forStart, OffsetDateTime at);
}
