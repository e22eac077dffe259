package city.academy.catalogue.booking.application;

import static city.academy.catalogue.booking.application.Rules.rule;

import city.academy.catalogue.api.AttendanceRequest;
import city.academy.catalogue.booking.domain.Attendance;
import city.academy.catalogue.booking.domain.Booking;
import city.academy.catalogue.booking.domain.BookingRepository;
import city.academy.catalogue.booking.domain.Canceller;
import city.academy.catalogue.booking.domain.Learner;
import city.academy.catalogue.booking.domain.LondonTime;
import city.academy.catalogue.booking.domain.Session;
import city.academy.catalogue.booking.domain.SessionPlan;
import city.academy.catalogue.booking.domain.SessionReminder;
import city.academy.catalogue.booking.domain.SessionRepository;
import city.academy.catalogue.completion.domain.CompletionHandOff;
import city.academy.catalogue.completion.domain.CompletionOutbox;
import city.academy.catalogue.course.domain.Course;
import city.academy.catalogue.course.domain.CourseRepository;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.AccessPolicy;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * The session's use cases, one transaction each. Every change to a session's places locks the
 * session row first ({@link SessionRepository#lockedById}), then lets the {@link Session} decide,
 * then writes the bookings, messages and completions it produced — all or nothing. Called through
 * {@link BookingService}, which retries on lock contention.
 */
@ApplicationScoped
@Transactional
public class SessionDesk {
  private static final Logger LOG = Logger.getLogger(SessionDesk.class.getName());

  private SessionRepository sessions;
  private BookingRepository bookings;
  private CourseRepository courses;
  private CompletionOutbox outbox;
  private Notices notices;

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  protected SessionDesk() {}

  @Inject
  public SessionDesk(
      SessionRepository sessions, BookingRepository bookings, CourseRepository courses, CompletionOutbox outbox, Notices notices) {
    this.sessions = sessions;
    this.bookings = bookings;
    this.courses = courses;
    this.outbox = outbox;
    this.notices = notices;
  }

  // --- provider: sessions

  public Session schedule(long courseId, SessionPlan plan, Caller caller) {
    Course course = courses.byId(courseId).orElseThrow(() -> ProblemException.notFound("There is no course number " + courseId + "."));
    requireProvider(caller, course.ownerOrganisationCode());
    Session session = rule(() -> Session.schedule(course, plan, now()));
    sessions.add(session);
    LOG.info(() -> "Session of course " + courseId + " scheduled by " + caller.username());
    return session;
  }

  public Session change(long sessionId, SessionPlan plan, Caller caller) {
    Session session = locked(sessionId);
    requireProvider(caller, session.ownerOrganisationCode());
    OffsetDateTime now = now();
    boolean moved = !Objects.equals(session.startsAt(), plan.startsAt()) || !Objects.equals(session.endsAt(), plan.endsAt())
        || !Objects.equals(session.venue(), plan.venue()) || !Objects.equals(session.onlineLink(), plan.onlineLink());
    rule(() -> session.change(plan, now));
    List<Booking> promoted = promoteWaitlist(session, now);
    if (moved) {
      List<Booking> told = new ArrayList<>(bookings.active(session));
      told.removeAll(promoted);
      notices.sessionChanged(session, told);
    }
    LOG.info(() -> "Session " + sessionId + " changed by " + caller.username());
    return session;
  }

  public Session cancel(long sessionId, String reason, Caller caller) {
    Session session = locked(sessionId);
    requireProvider(caller, session.ownerOrganisationCode());
    List<Booking> cancelled = rule(() -> session.cancel(reason, bookings.active(session), now()));
    notices.sessionCancelled(session, cancelled);
    LOG.info(() -> "Session " + sessionId + " cancelled by " + caller.username() + "; " + cancelled.size() + " bookings cancelled");
    return session;
  }

  // --- the clock: release dates

  /** Sessions whose release date has passed unnoticed (nobody has touched them since). */
  public List<Long> releaseDue(int limit) {
    return sessions.releaseDue(now(), limit);
  }

  /** Opens a session's unfilled reserved places to everyone and offers them to the waitlist, in arrival order. */
  public void applyRelease(long sessionId) {
    Session session = locked(sessionId);
    OffsetDateTime now = now();
    promoteWaitlist(session, now);
    session.applyRelease(now);
  }

  // --- the clock: session reminders (SessionReminders)

  /**
   * Bookings whose session reminder is due now ({@link Booking#reminderDue}): ids, soonest session
   * first. In a (short) transaction even though it only reads: the timer calls it on the managed
   * scheduler's thread, where an entity manager without one is closed under the caller.
   */
  public List<Long> remindersDue(int limit) {
    OffsetDateTime now = now();
    return bookings.reminderCandidates(now, SessionReminder.windowEnd(now), limit).stream()
        .filter(b -> b.reminderDue(now))
        .map(Booking::id)
        .toList();
  }

  /**
   * Reminds one person of their session, if still due: marks the booking reminded (a conditional
   * update that only one run can win) and leaves the message, in one transaction, so the reminder
   * is sent once or not at all. No session lock is needed: a cancellation committed first makes the
   * update find no confirmed booking; one committed after comes after the reminder.
   *
   * @return false when it is no longer due or another run reminded it first
   */
  public boolean remind(long bookingId, String bookingsPage) {
    OffsetDateTime now = now();
    Booking booking = bookings.byId(bookingId).orElse(null);
    if (booking == null || !booking.reminderDue(now)
        || !bookings.markReminded(bookingId, booking.remindedForStart(), booking.session().startsAt(), now)) {
      return false;
    }
    notices.reminder(booking, bookingsPage, now);
    return true;
  }

  // --- learners: booking and cancelling

  public Booking book(long sessionId, Learner learner) {
    Session session = locked(sessionId);
    OffsetDateTime now = now();
    catchUpRelease(session, now);
    boolean already = bookings.hasActive(session, learner.personId());
    Booking booking = rule(() -> session.request(learner, already, now));
    bookings.add(booking);
    notices.outcome(booking, false);
    em.flush();
    return booking;
  }

  public Booking cancelBooking(long bookingId, String reason, Caller caller) {
    Session session = locked(sessionOfBooking(bookingId));
    Booking booking = booking(bookingId);
    Canceller by;
    if (booking.personId().equals(caller.personId())) {
      by = Canceller.LEARNER;
    } else if (AccessPolicy.mayProvideFor(caller, session.ownerOrganisationCode())) {
      by = Canceller.PROVIDER;
    } else {
      throw ProblemException.forbidden("You can cancel your own bookings; providers cancel bookings on their own sessions.");
    }
    OffsetDateTime now = now();
    boolean freed = rule(() -> session.cancelBooking(booking, by, reason, now));
    notices.cancelled(booking);
    if (freed) {
      promoteWaitlist(session, now);
    }
    LOG.info(() -> "Booking " + bookingId + " cancelled by " + by.name().toLowerCase(Locale.ROOT) + " " + caller.username());
    return booking;
  }

  // --- line managers

  public Booking decide(long bookingId, boolean approved, String note, Caller caller) {
    Session session = locked(sessionOfBooking(bookingId));
    Booking booking = booking(bookingId);
    if (!AccessPolicy.managesThem(caller, booking.lineManagerPersonId() == null ? List.of() : List.of(booking.lineManagerPersonId()))) {
      throw ProblemException.forbidden("You can approve or refuse requests of your own team only.");
    }
    OffsetDateTime now = now();
    catchUpRelease(session, now);
    if (approved) {
      rule(() -> session.approve(booking, caller.personId(), note, now));
      notices.outcome(booking, true);
    } else {
      rule(() -> session.refuse(booking, caller.personId(), note, now));
      notices.refused(booking);
    }
    LOG.info(() -> "Booking " + bookingId + (approved ? " approved" : " refused") + " by " + caller.username());
    return booking;
  }

  // --- provider: attendance

  public List<Booking> markAttendance(long sessionId, AttendanceRequest request, Caller caller) {
    Session session = locked(sessionId);
    requireProvider(caller, session.ownerOrganisationCode());
    OffsetDateTime now = now();
    List<Booking> marked = new ArrayList<>();
    int index = 0;
    for (AttendanceRequest.Mark mark : request.marks()) {
      String field = "marks[" + index++ + "]";
      if (mark == null || mark.bookingId() == null || mark.outcome() == null) {
        throw ProblemException.badRequest(field + ": give the booking id and the outcome.");
      }
      Attendance attendance = attendanceOf(field, mark.outcome());
      Booking booking = bookings.byId(mark.bookingId())
          .filter(b -> b.session().id().equals(session.id()))
          .orElseThrow(() -> ProblemException.notFound(field + ": session " + sessionId + " has no booking number " + mark.bookingId() + "."));
      boolean completed = rule(() -> session.markAttendance(booking, attendance, caller.username(), now));
      if (completed) {
        Course course = session.course();
        OffsetDateTime finished = session.endsAt().isBefore(now) ? session.endsAt() : now;
        outbox.add(new CompletionHandOff(booking.id(), booking.personId(), course.id(), course.title(), course.subjectCode(),
            course.levelCode(), course.cpdHours(), finished.atZoneSameInstant(LondonTime.LONDON).toLocalDate(),
            session.ownerOrganisationCode(), now));
      }
      marked.add(booking);
    }
    LOG.info(() -> marked.size() + " attendance marks on session " + sessionId + " by " + caller.username());
    return marked;
  }

  // --- reads

  @Transactional(Transactional.TxType.SUPPORTS)
  public Session session(long id) {
    return sessions.byId(id).orElseThrow(() -> ProblemException.notFound("There is no session number " + id + "."));
  }

  /** A session for its providers (its bookings, its register). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Session sessionForProvider(long id, Caller caller) {
    Session session = session(id);
    requireProvider(caller, session.ownerOrganisationCode());
    return session;
  }

  /** A booking for the learner, the session's providers, or the line manager asked to approve it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Booking bookingFor(long id, Caller caller) {
    Booking booking = booking(id);
    boolean own = booking.personId().equals(caller.personId());
    boolean provider = AccessPolicy.mayProvideFor(caller, booking.session().ownerOrganisationCode());
    boolean manager = booking.lineManagerPersonId() != null && AccessPolicy.managesThem(caller, List.of(booking.lineManagerPersonId()));
    if (!own && !provider && !manager) {
      throw ProblemException.forbidden("You can see your own bookings, your team's requests, and bookings on your organisation's sessions.");
    }
    return booking;
  }

  /** Past the release date, those already waiting take the released places before anyone new. */
  private void catchUpRelease(Session session, OffsetDateTime now) {
    if (session.releaseDue(now)) {
      promoteWaitlist(session, now);
    }
  }

  private List<Booking> promoteWaitlist(Session session, OffsetDateTime now) {
    if (!session.mayPromote(now)) {
      return List.of();
    }
    List<Booking> promoted = session.promote(bookings.waitlist(session), now);
    notices.promoted(promoted);
    if (!promoted.isEmpty()) {
      LOG.info(() -> promoted.size() + " promoted from the waitlist of session " + session.id());
    }
    return promoted;
  }

  private Session locked(long id) {
    return sessions.lockedById(id).orElseThrow(() -> ProblemException.notFound("There is no session number " + id + "."));
  }

  /** The session of a booking, read without loading either: the session is locked before the booking is read. */
  private long sessionOfBooking(long bookingId) {
    return bookings.sessionIdOf(bookingId).orElseThrow(() -> ProblemException.notFound("There is no booking number " + bookingId + "."));
  }

  private Booking booking(long id) {
    return bookings.byId(id).orElseThrow(() -> ProblemException.notFound("There is no booking number " + id + "."));
  }

  private static Attendance attendanceOf(String field, String text) {
    try {
      return Attendance.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(field + ".outcome: ATTENDED, DID_NOT_ATTEND or COMPLETED, not \"" + text + "\".");
    }
  }

  static void requireProvider(Caller caller, String organisationCode) {
    if (!AccessPolicy.mayProvideFor(caller, organisationCode)) {
      throw ProblemException.forbidden(
          "Only " + organisationCode + "'s course providers manage its sessions" + (caller.has(Role.PROVIDER) ? "; you provide for " + String.join(", ", caller.providerFor()) + "." : "."));
    }
  }

  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
