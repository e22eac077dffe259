package city.academy.catalogue.booking.domain;

import city.academy.catalogue.course.domain.Course;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A session of a course, and the booking engine: every decision about its places is made here.
 *
 * <p>Places: {@code capacity} in all, of which {@code reservedPlaces} are held for the staff of the
 * organisation running the course; the rest ({@link #partnerPlaces()}) are open to other partners'
 * staff (and to the running organisation's staff too). From the release date, any unfilled place is
 * open to everyone. The counters of confirmed places live on this row, and the database checks them
 * ({@code ck_course_session_*}): every change to a session's bookings locks this row first, so
 * requests arriving together are decided one after another, and a slip in this code would be
 * refused by the database rather than overbook.
 *
 * <p>Mutating methods take the moment "now" so the rules are tested without a clock. Domain guards
 * throw {@link IllegalArgumentException} for bad input and {@link IllegalStateException} when the
 * request conflicts with the session's state.
 */
@Entity
@Table(name = "course_session")
public class Session {
  public static final int CAPACITY_MAX = 10_000;
  public static final int VENUE_MAX = 200;
  public static final int LINK_MAX = 500;
  public static final int TRAINER_MAX = 120;
  public static final int REASON_MAX = 500;

  @Id
  @SequenceGenerator(name = "course_session_seq", sequenceName = "course_session_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_session_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "course_id")
  private Course course;

  /** The course's owner, kept here so booking decisions need not load the course. */
  @Column(name = "owner_org_code", nullable = false, length = 16)
  private String ownerOrganisationCode;

  @Column(name = "starts_at", nullable = false)
  private OffsetDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private OffsetDateTime endsAt;

  @Column(length = VENUE_MAX)
  private String venue;

  @Column(name = "online_link", length = LINK_MAX)
  private String onlineLink;

  @Column(length = TRAINER_MAX)
  private String trainer;

  @Column(nullable = false)
  private int capacity;

  @Column(name = "reserved_places", nullable = false)
  private int reservedPlaces;

  @Column(name = "release_at", nullable = false)
  private OffsetDateTime releaseAt;

  @Column(name = "places_released", nullable = false)
  private boolean placesReleased;

  @Column(name = "booking_cutoff_at", nullable = false)
  private OffsetDateTime bookingCutoffAt;

  @Column(name = "cancellation_cutoff_at", nullable = false)
  private OffsetDateTime cancellationCutoffAt;

  @Column(name = "approval_needed", nullable = false)
  private boolean approvalNeeded;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private SessionStatus status;

  @Column(name = "cancellation_reason", length = REASON_MAX)
  private String cancellationReason;

  @Column(name = "cancelled_at")
  private OffsetDateTime cancelledAt;

  @Column(name = "owner_confirmed", nullable = false)
  private int ownerConfirmed;

  @Column(name = "partner_confirmed", nullable = false)
  private int partnerConfirmed;

  @Column(nullable = false)
  private int waitlisted;

  /** Arrival order of requests: each request takes the next number. */
  @Column(name = "next_queue_number", nullable = false)
  private long nextQueueNumber;

  /** How many times the plan was changed (or the session cancelled): the calendar feed's SEQUENCE. */
  @Column(name = "plan_version", nullable = false)
  private int planVersion;

  /** When the plan was last set or changed (not when someone booked): the feed's LAST-MODIFIED. */
  @Column(name = "plan_changed_at")
  private OffsetDateTime planChangedAt;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Session() {}

  /** Schedules a session of a course as planned; the plan is checked against the clock. */
  public static Session schedule(Course course, SessionPlan plan, OffsetDateTime now) {
    Objects.requireNonNull(course, "A session belongs to a course.");
    plan.check(now);
    Session session = new Session();
    session.course = course;
    session.ownerOrganisationCode = course.ownerOrganisationCode();
    session.status = SessionStatus.SCHEDULED;
    session.nextQueueNumber = 1;
    session.createdAt = LondonTime.utc(now);
    session.apply(plan, now);
    return session;
  }

  /**
   * Changes the plan of a session that has not started. Places cannot drop below the people who
   * hold them; more places go to the waitlist (ask {@link #promote}).
   */
  public void change(SessionPlan plan, OffsetDateTime now) {
    requireScheduled("changed");
    if (!startsAt.isAfter(now)) {
      throw new IllegalStateException("This session has already started; it can no longer be changed.");
    }
    plan.check(now);
    if (plan.capacity() < confirmed()) {
      throw new IllegalStateException(
          "capacity: " + confirmed() + " people hold confirmed places, so the session needs at least " + confirmed()
              + " places, not " + plan.capacity() + ". Cancel bookings first if the room is smaller.");
    }
    boolean releasedAfter = placesReleased || !now.isBefore(plan.releaseAt());
    if (!releasedAfter && partnerConfirmed > plan.partnerPlaces()) {
      throw new IllegalStateException(
          "reservedPlaces: " + partnerConfirmed + " people from other partners hold confirmed places, so at least "
              + partnerConfirmed + " places must stay open to partners (at most " + (plan.capacity() - partnerConfirmed)
              + " reserved).");
    }
    planVersion++;
    apply(plan, now);
  }

  private void apply(SessionPlan plan, OffsetDateTime now) {
    planChangedAt = LondonTime.utc(now);
    startsAt = plan.startsAt();
    endsAt = plan.endsAt();
    venue = plan.venue();
    onlineLink = plan.onlineLink();
    trainer = plan.trainer();
    capacity = plan.capacity();
    reservedPlaces = plan.reservedPlaces();
    releaseAt = plan.releaseAt();
    bookingCutoffAt = plan.bookingCutoffAt();
    cancellationCutoffAt = plan.cancellationCutoffAt();
    approvalNeeded = plan.approvalNeeded();
    releaseIfDue(now);
    updatedAt = LondonTime.utc(now);
  }

  /**
   * A person asks for a place. Decides at once: confirmed if a place they may take is free,
   * waitlisted otherwise, or awaiting their line manager's approval when the session needs it
   * (approval comes first; the place is decided when approved).
   *
   * @param alreadyBooked whether the person already holds an active booking on this session
   */
  public Booking request(Learner learner, boolean alreadyBooked, OffsetDateTime now) {
    Objects.requireNonNull(learner, "learner");
    requireScheduled("booked");
    if (!startsAt.isAfter(now)) {
      throw new IllegalStateException("This session started on " + LondonTime.readable(startsAt) + "; it can no longer be booked.");
    }
    if (!bookingCutoffAt.isAfter(now)) {
      throw new IllegalStateException("Booking for this session closed on " + LondonTime.readable(bookingCutoffAt) + ".");
    }
    if (alreadyBooked) {
      throw new IllegalStateException("You already have a booking for this session.");
    }
    if (approvalNeeded && learner.lineManagerPersonId() == null) {
      throw new IllegalStateException(
          "This session needs your line manager's approval, but no line manager is recorded for you at "
              + learner.organisationCode() + ". Ask your HR team to record one.");
    }
    releaseIfDue(now);
    boolean partner = !learner.organisationCode().equals(ownerOrganisationCode);
    Booking booking = new Booking(this, learner, partner, nextQueueNumber++, now);
    if (approvalNeeded) {
      booking.awaitApproval();
    } else {
      allocate(booking, now);
    }
    updatedAt = LondonTime.utc(now);
    return booking;
  }

  /** The line manager approves: the booking is then confirmed or waitlisted like a new request. */
  public void approve(Booking booking, String managerPersonId, String note, OffsetDateTime now) {
    decision(booking, now);
    booking.decided(managerPersonId, note, now);
    releaseIfDue(now);
    allocate(booking, now);
    updatedAt = LondonTime.utc(now);
  }

  /** The line manager refuses: the booking ends, no place was held. */
  public void refuse(Booking booking, String managerPersonId, String note, OffsetDateTime now) {
    decision(booking, now);
    booking.decided(managerPersonId, note, now);
    booking.refuse();
    updatedAt = LondonTime.utc(now);
  }

  private void decision(Booking booking, OffsetDateTime now) {
    mine(booking);
    if (booking.status() != BookingStatus.AWAITING_APPROVAL) {
      throw new IllegalStateException("This booking is not waiting for approval (it is " + booking.status().name().toLowerCase().replace('_', ' ') + ").");
    }
    requireScheduled("booked");
    if (!startsAt.isAfter(now)) {
      throw new IllegalStateException("This session has already started; the request can no longer be decided.");
    }
  }

  /**
   * Cancels one booking. A learner cancels a confirmed place only before the cancellation cut-off
   * (a waitlisted or unapproved request can be withdrawn until the start); the provider cancels any
   * active booking until the session ends.
   *
   * @return true when a confirmed place was freed (then ask {@link #promote})
   */
  public boolean cancelBooking(Booking booking, Canceller by, String reason, OffsetDateTime now) {
    mine(booking);
    if (!booking.status().isActive()) {
      throw new IllegalStateException("This booking is already " + booking.status().name().toLowerCase() + ".");
    }
    if (booking.attendance() != null) {
      throw new IllegalStateException("Attendance has been marked for this booking; it can no longer be cancelled.");
    }
    if (by == Canceller.LEARNER) {
      if (!startsAt.isAfter(now)) {
        throw new IllegalStateException("This session has started; a booking can no longer be cancelled. Ask the provider.");
      }
      if (booking.status() == BookingStatus.CONFIRMED && !cancellationCutoffAt.isAfter(now)) {
        throw new IllegalStateException(
            "Cancellations for this session closed on " + LondonTime.readable(cancellationCutoffAt) + ". Ask the provider if you cannot come.");
      }
    } else if (!endsAt.isAfter(now)) {
      throw new IllegalStateException("This session is over; mark attendance instead of cancelling.");
    }
    boolean freed = release(booking);
    booking.cancel(by, reason, now);
    updatedAt = LondonTime.utc(now);
    return freed;
  }

  /**
   * Cancels the whole session; every active booking is cancelled by the provider.
   *
   * @param active the session's active bookings
   * @return the bookings cancelled, whose people are to be told
   */
  public List<Booking> cancel(String reason, List<Booking> active, OffsetDateTime now) {
    requireScheduled("cancelled again");
    if (!endsAt.isAfter(now)) {
      throw new IllegalStateException("This session is over; it can no longer be cancelled.");
    }
    if (reason != null && reason.length() > REASON_MAX) {
      throw new IllegalArgumentException("reason: at most " + REASON_MAX + " characters.");
    }
    List<Booking> cancelled = new ArrayList<>();
    for (Booking booking : active) {
      mine(booking);
      if (booking.status().isActive()) {
        release(booking);
        booking.cancel(Canceller.PROVIDER, reason, now);
        cancelled.add(booking);
      }
    }
    status = SessionStatus.CANCELLED;
    planVersion++;
    planChangedAt = LondonTime.utc(now);
    cancellationReason = reason == null || reason.isBlank() ? null : reason.strip();
    cancelledAt = LondonTime.utc(now);
    updatedAt = cancelledAt;
    return cancelled;
  }

  /**
   * Whether the release date has passed but the release is not applied yet: then the people
   * already waiting are to be offered the released places ({@link #promote}) before anyone new.
   */
  public boolean releaseDue(OffsetDateTime now) {
    return !placesReleased && !now.isBefore(releaseAt);
  }

  /**
   * Applies a release date that has passed (unfilled reserved places open to everyone from now on),
   * whether or not anyone is waiting; the caller then offers the places to the waitlist.
   */
  public void applyRelease(OffsetDateTime now) {
    if (status == SessionStatus.SCHEDULED) {
      releaseIfDue(now);
    }
  }

  /** Whether the waitlist should be asked for people: a place is free, someone waits, not started. */
  public boolean mayPromote(OffsetDateTime now) {
    return status == SessionStatus.SCHEDULED && startsAt.isAfter(now) && waitlisted > 0 && freePlaces() > 0;
  }

  /**
   * Gives free places to the waitlist in arrival order: each person gets a place if one they may
   * take is free (a partner's staff member waits while only reserved places are free; the next
   * person behind them may take one).
   *
   * @param waitlist the session's waitlisted bookings in arrival order
   * @return the bookings now confirmed
   */
  public List<Booking> promote(List<Booking> waitlist, OffsetDateTime now) {
    List<Booking> promoted = new ArrayList<>();
    if (status != SessionStatus.SCHEDULED || !startsAt.isAfter(now)) {
      return promoted;
    }
    releaseIfDue(now);
    for (Booking booking : waitlist) {
      if (freePlaces() == 0) {
        break;
      }
      mine(booking);
      if (booking.status() == BookingStatus.WAITLISTED && hasPlaceFor(booking.partner())) {
        waitlisted--;
        confirm(booking, now);
        promoted.add(booking);
      }
    }
    if (!promoted.isEmpty()) {
      updatedAt = LondonTime.utc(now);
    }
    return promoted;
  }

  /**
   * Marks attendance of a confirmed booking once the session has started. A completion is final:
   * it is handed to the passport.
   *
   * @return true when the booking has just been marked completed (write the hand-off)
   */
  public boolean markAttendance(Booking booking, Attendance attendance, String markedBy, OffsetDateTime now) {
    mine(booking);
    Objects.requireNonNull(attendance, "attendance");
    if (status == SessionStatus.CANCELLED) {
      throw new IllegalStateException("This session was cancelled; there is no attendance to mark.");
    }
    if (startsAt.isAfter(now)) {
      throw new IllegalStateException("Attendance can be marked once the session has started (" + LondonTime.readable(startsAt) + ").");
    }
    if (booking.status() != BookingStatus.CONFIRMED) {
      throw new IllegalStateException(
          "Booking " + booking.id() + " is not a confirmed place (it is " + booking.status().name().toLowerCase().replace('_', ' ') + ").");
    }
    if (booking.attendance() == Attendance.COMPLETED) {
      if (attendance == Attendance.COMPLETED) {
        return false;
      }
      throw new IllegalStateException(
          "Booking " + booking.id() + " is already marked completed and handed to the passport; correct the passport record instead.");
    }
    booking.markAttendance(attendance, markedBy, now);
    return attendance == Attendance.COMPLETED;
  }

  /**
   * Could one of these organisations' staff be given a place right now: the session is open for
   * booking, and a free place is one they may take (the running organisation's staff any free place;
   * another partner's staff an open place, or any place from the release date). The search's
   * "available" filter asks the same in SQL ({@code search.infrastructure.JpaSessionFinder}).
   */
  public boolean hasPlaceFor(java.util.Collection<String> organisations, OffsetDateTime now) {
    if (status != SessionStatus.SCHEDULED || !bookingCutoffAt.isAfter(now) || !startsAt.isAfter(now) || freePlaces() <= 0) {
      return false;
    }
    if (organisations.contains(ownerOrganisationCode)) {
      return true;
    }
    return !organisations.isEmpty() && (placesOpenToEveryone(now) || partnerConfirmed < partnerPlaces());
  }

  /** Past the release date, unfilled reserved places are open to everyone (and stay so). */
  private void releaseIfDue(OffsetDateTime now) {
    if (!placesReleased && !now.isBefore(releaseAt)) {
      placesReleased = true;
    }
  }

  private void allocate(Booking booking, OffsetDateTime now) {
    if (hasPlaceFor(booking.partner())) {
      confirm(booking, now);
    } else {
      booking.waitlist();
      waitlisted++;
    }
  }

  /** May a person (a partner's staff, or the running organisation's) take a place now? */
  boolean hasPlaceFor(boolean partner) {
    if (freePlaces() <= 0) {
      return false;
    }
    return !partner || placesReleased || partnerConfirmed < partnerPlaces();
  }

  private void confirm(Booking booking, OffsetDateTime now) {
    if (booking.partner()) {
      partnerConfirmed++;
    } else {
      ownerConfirmed++;
    }
    booking.confirm(now);
  }

  /** Gives back what an active booking held; true when it held a confirmed place. */
  private boolean release(Booking booking) {
    switch (booking.status()) {
      case CONFIRMED -> {
        if (booking.partner()) {
          partnerConfirmed--;
        } else {
          ownerConfirmed--;
        }
        return true;
      }
      case WAITLISTED -> waitlisted--;
      default -> {
        // awaiting approval holds nothing
      }
    }
    return false;
  }

  private void mine(Booking booking) {
    Session of = booking.session();
    if (of != this && (id == null || of == null || !id.equals(of.id()))) {
      throw new IllegalArgumentException("Booking " + booking.id() + " is not a booking of this session.");
    }
  }

  private void requireScheduled(String what) {
    if (status == SessionStatus.CANCELLED) {
      throw new IllegalStateException("This session has been cancelled; it can no longer be " + what + ".");
    }
  }

  public Long id() {
    return id;
  }

  public Course course() {
    return course;
  }

  public String ownerOrganisationCode() {
    return ownerOrganisationCode;
  }

  public OffsetDateTime startsAt() {
    return startsAt;
  }

  public OffsetDateTime endsAt() {
    return endsAt;
  }

  public String venue() {
    return venue;
  }

  public String onlineLink() {
    return onlineLink;
  }

  public String trainer() {
    return trainer;
  }

  public int capacity() {
    return capacity;
  }

  public int reservedPlaces() {
    return reservedPlaces;
  }

  public int partnerPlaces() {
    return capacity - reservedPlaces;
  }

  public OffsetDateTime releaseAt() {
    return releaseAt;
  }

  /** Whether the release has been applied (at the first change to the session after the release date). */
  public boolean placesReleased() {
    return placesReleased;
  }

  /** Whether unfilled places are open to everyone at this moment. */
  public boolean placesOpenToEveryone(OffsetDateTime now) {
    return placesReleased || !now.isBefore(releaseAt);
  }

  public OffsetDateTime bookingCutoffAt() {
    return bookingCutoffAt;
  }

  public OffsetDateTime cancellationCutoffAt() {
    return cancellationCutoffAt;
  }

  public boolean approvalNeeded() {
    return approvalNeeded;
  }

  public SessionStatus status() {
    return status;
  }

  public String cancellationReason() {
    return cancellationReason;
  }

  public int planVersion() {
    return planVersion;
  }

  public OffsetDateTime planChangedAt() {
    return planChangedAt;
  }

  public int confirmed() {
    return ownerConfirmed + partnerConfirmed;
  }

  public int ownerConfirmed() {
    return ownerConfirmed;
  }

  public int partnerConfirmed() {
    return partnerConfirmed;
  }

  public int waitlisted() {
    return waitlisted;
  }

  public int freePlaces() {
    return capacity - confirmed();
  }
}
