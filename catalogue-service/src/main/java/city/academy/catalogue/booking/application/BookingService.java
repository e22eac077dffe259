package city.academy.catalogue.booking.application;

import static city.academy.catalogue.booking.application.Rules.rule;

import city.academy.catalogue.api.AttendanceRequest;
import city.academy.catalogue.api.BookingRequest;
import city.academy.catalogue.api.SessionRequest;
import city.academy.catalogue.booking.domain.Booking;
import city.academy.catalogue.booking.domain.BookingRepository;
import city.academy.catalogue.booking.domain.Learner;
import city.academy.catalogue.booking.domain.LondonTime;
import city.academy.catalogue.booking.domain.Session;
import city.academy.catalogue.booking.domain.SessionPlan;
import city.academy.catalogue.booking.domain.SessionRepository;
import city.academy.catalogue.course.domain.CourseRepository;
import city.academy.platform.problem.Paging;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TreeSet;

/**
 * Entry point for sessions and bookings. Works out who is asking (the employer they book as and,
 * when a session needs approval, their line manager from the passport) before any lock is taken,
 * then runs the use case in {@link SessionDesk}, again if the database was too busy to lock.
 */
@ApplicationScoped
public class BookingService {

  private SessionDesk desk;
  private LineManagers lineManagers;
  private SessionRepository sessions;
  private BookingRepository bookings;
  private CourseRepository courses;

  protected BookingService() {}

  @Inject
  public BookingService(
      SessionDesk desk, LineManagers lineManagers, SessionRepository sessions, BookingRepository bookings, CourseRepository courses) {
    this.desk = desk;
    this.lineManagers = lineManagers;
    this.sessions = sessions;
    this.bookings = bookings;
    this.courses = courses;
  }

  // --- providers

  public Session schedule(long courseId, SessionRequest request, Caller caller) {
    SessionPlan plan = plan(request);
    return Contention.retry(() -> desk.schedule(courseId, plan, caller));
  }

  public Session change(long sessionId, SessionRequest request, Caller caller) {
    SessionPlan plan = plan(request);
    return Contention.retry(() -> desk.change(sessionId, plan, caller));
  }

  public Session cancelSession(long sessionId, String reason, Caller caller) {
    return Contention.retry(() -> desk.cancel(sessionId, reason, caller));
  }

  public List<Booking> markAttendance(long sessionId, AttendanceRequest request, Caller caller) {
    return Contention.retry(() -> desk.markAttendance(sessionId, request, caller));
  }

  // --- learners and managers

  /** The signed-in person asks for a place for themselves. */
  public Booking book(long sessionId, BookingRequest request, Caller caller) {
    if (caller.personId() == null) {
      throw ProblemException.forbidden("Only a person can book a place.");
    }
    Session session = desk.session(sessionId);
    String organisation = bookingOrganisation(session, request == null ? null : request.organisationCode(), caller);
    String lineManager = session.approvalNeeded() ? lineManagers.ofSignedInPerson(organisation).orElse(null) : null;
    Learner learner = rule(() -> new Learner(caller.personId(), caller.displayName(), organisation, lineManager));
    return Contention.retry(() -> desk.book(sessionId, learner));
  }

  public Booking cancelBooking(long bookingId, String reason, Caller caller) {
    return Contention.retry(() -> desk.cancelBooking(bookingId, reason, caller));
  }

  public Booking decide(long bookingId, boolean approved, String note, Caller caller) {
    return Contention.retry(() -> desk.decide(bookingId, approved, note, caller));
  }

  // --- reads

  public Session session(long id) {
    return desk.session(id);
  }

  public List<Session> sessionsOfCourse(long courseId, boolean includePast, Paging paging) {
    courses.byId(courseId).orElseThrow(() -> ProblemException.notFound("There is no course number " + courseId + "."));
    return sessions.ofCourse(courseId, includePast ? null : SessionDesk.now(), paging);
  }

  public long countSessionsOfCourse(long courseId, boolean includePast) {
    return sessions.countOfCourse(courseId, includePast ? null : SessionDesk.now());
  }

  public Booking booking(long id, Caller caller) {
    return desk.bookingFor(id, caller);
  }

  public List<Booking> bookingsOfSession(long sessionId, Paging paging, Caller caller) {
    return bookings.ofSession(desk.sessionForProvider(sessionId, caller), paging);
  }

  public long countBookingsOfSession(long sessionId, Caller caller) {
    return bookings.countOfSession(desk.sessionForProvider(sessionId, caller));
  }

  public List<Booking> register(long sessionId, Caller caller) {
    return bookings.confirmed(desk.sessionForProvider(sessionId, caller));
  }

  public List<Booking> bookingsOf(Caller caller, boolean includePast, Paging paging) {
    return caller.personId() == null ? List.of() : bookings.ofPerson(caller.personId(), includePast ? null : SessionDesk.now(), paging);
  }

  public long countBookingsOf(Caller caller, boolean includePast) {
    return caller.personId() == null ? 0 : bookings.countOfPerson(caller.personId(), includePast ? null : SessionDesk.now());
  }

  public List<Booking> awaitingMyApproval(Caller caller, Paging paging) {
    return caller.personId() == null ? List.of() : bookings.awaitingApprovalBy(caller.personId(), paging);
  }

  public long countAwaitingMyApproval(Caller caller) {
    return caller.personId() == null ? 0 : bookings.countAwaitingApprovalBy(caller.personId());
  }

  public int waitlistPosition(Booking booking) {
    return bookings.waitlistPosition(booking);
  }

  /**
   * The employer a person books as: the one they name (it must be theirs), else the organisation
   * running the course if they work there, else their only employer.
   */
  static String bookingOrganisation(Session session, String named, Caller caller) {
    if (caller.employedAt().isEmpty()) {
      throw ProblemException.forbidden("You can book once you work for one of the partner organisations.");
    }
    if (named != null && !named.isBlank()) {
      String code = named.strip();
      if (!caller.employedAt().contains(code)) {
        throw ProblemException.forbidden("You can book as your own employer only (" + String.join(", ", new TreeSet<>(caller.employedAt())) + "), not " + code + ".");
      }
      return code;
    }
    if (caller.employedAt().contains(session.ownerOrganisationCode())) {
      return session.ownerOrganisationCode();
    }
    if (caller.employedAt().size() == 1) {
      return caller.employedAt().iterator().next();
    }
    throw ProblemException.badRequest(
        "organisationCode: you work for several organisations; say which you book as (" + String.join(", ", new TreeSet<>(caller.employedAt())) + ").");
  }

  static SessionPlan plan(SessionRequest request) {
    return rule(() -> {
      OffsetDateTime starts = LondonTime.parse("startsAt", request.startsAt());
      OffsetDateTime ends = LondonTime.parse("endsAt", request.endsAt());
      return SessionPlan.of(starts, ends, request.venue(), request.onlineLink(), request.trainer(), request.capacity(),
          request.reservedPlaces(), LondonTime.parse("releaseAt", request.releaseAt()),
          LondonTime.parse("bookingCutoffAt", request.bookingCutoffAt()),
          LondonTime.parse("cancellationCutoffAt", request.cancellationCutoffAt()), request.approvalNeeded());
    });
  }
}
