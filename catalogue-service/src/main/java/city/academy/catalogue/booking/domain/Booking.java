package city.academy.catalogue.booking.domain;

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

/**
 * One person's booking on a session. Part of the {@link Session} aggregate: it changes only
 * through the session's rules (its mutators are package-private).
 *
 * <p>{@code activePersonId} holds the person while the booking is active and is cleared when it
 * ends; a unique constraint on (session, active person) lets a person hold at most one active
 * booking per session, on H2 and PostgreSQL alike (both allow any number of nulls).
 */
@Entity
@Table(name = "booking")
public class Booking {
  public static final int NOTE_MAX = 500;

  @Id
  @SequenceGenerator(name = "booking_seq", sequenceName = "booking_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "session_id")
  private Session session;

  @Column(name = "person_id", nullable = false, length = 16)
  private String personId;

  @Column(name = "display_name", nullable = false, length = 120)
  private String displayName;

  @Column(name = "org_code", nullable = false, length = 16)
  private String organisationCode;

  /** Booked as another partner's staff, not the running organisation's. */
  @Column(nullable = false)
  private boolean partner;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private BookingStatus status;

  @Column(name = "active_person_id", length = 16)
  private String activePersonId;

  /** Arrival order within the session. */
  @Column(name = "queue_number", nullable = false)
  private long queueNumber;

  @Column(name = "line_manager_id", length = 16)
  private String lineManagerPersonId;

  @Column(name = "requested_at", nullable = false)
  private OffsetDateTime requestedAt;

  @Column(name = "confirmed_at")
  private OffsetDateTime confirmedAt;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decided_by", length = 16)
  private String decidedBy;

  @Column(length = NOTE_MAX)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(name = "cancelled_by", length = 16)
  private Canceller cancelledBy;

  @Column(name = "cancelled_at")
  private OffsetDateTime cancelledAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Attendance attendance;

  @Column(name = "attendance_marked_at")
  private OffsetDateTime attendanceMarkedAt;

  @Column(name = "attendance_marked_by", length = 64)
  private String attendanceMarkedBy;

  /**
   * When the person was reminded of the session, and of which start ({@link SessionReminder}).
   * Written only by the reminder's conditional update (BookingRepository#markReminded), never by
   * the entity, so no other change to the booking can overwrite them.
   */
  @Column(name = "reminded_at", insertable = false, updatable = false)
  private OffsetDateTime remindedAt;

  @Column(name = "reminded_for_start", insertable = false, updatable = false)
  private OffsetDateTime remindedForStart;

  protected Booking() {}

  Booking(Session session, Learner learner, boolean partner, long queueNumber, OffsetDateTime now) {
    this.session = session;
    this.personId = learner.personId();
    this.displayName = learner.displayName() == null || learner.displayName().isBlank()
        ? learner.personId()
        : truncate(learner.displayName().strip(), 120);
    this.organisationCode = learner.organisationCode();
    this.lineManagerPersonId = learner.lineManagerPersonId();
    this.partner = partner;
    this.queueNumber = queueNumber;
    this.requestedAt = LondonTime.utc(now);
  }

  void awaitApproval() {
    setStatus(BookingStatus.AWAITING_APPROVAL);
  }

  void waitlist() {
    setStatus(BookingStatus.WAITLISTED);
  }

  void confirm(OffsetDateTime now) {
    setStatus(BookingStatus.CONFIRMED);
    confirmedAt = LondonTime.utc(now);
  }

  void refuse() {
    setStatus(BookingStatus.REFUSED);
  }

  void decided(String by, String note, OffsetDateTime now) {
    if (note != null && note.length() > NOTE_MAX) {
      throw new IllegalArgumentException("note: at most " + NOTE_MAX + " characters.");
    }
    this.decidedBy = by;
    this.decidedAt = LondonTime.utc(now);
    this.note = note == null || note.isBlank() ? null : note.strip();
  }

  void cancel(Canceller by, String reason, OffsetDateTime now) {
    if (reason != null && reason.length() > NOTE_MAX) {
      throw new IllegalArgumentException("reason: at most " + NOTE_MAX + " characters.");
    }
    setStatus(BookingStatus.CANCELLED);
    cancelledBy = by;
    cancelledAt = LondonTime.utc(now);
    if (reason != null && !reason.isBlank()) {
      note = reason.strip();
    }
  }

  void markAttendance(Attendance attendance, String by, OffsetDateTime now) {
    this.attendance = attendance;
    this.attendanceMarkedAt = LondonTime.utc(now);
    this.attendanceMarkedBy = by;
  }

  private void setStatus(BookingStatus status) {
    this.status = status;
    this.activePersonId = status.isActive() ? personId : null;
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  public Long id() {
    return id;
  }

  public Session session() {
    return session;
  }

  public String personId() {
    return personId;
  }

  public String displayName() {
    return displayName;
  }

  public String organisationCode() {
    return organisationCode;
  }

  public boolean partner() {
    return partner;
  }

  public BookingStatus status() {
    return status;
  }

  public long queueNumber() {
    return queueNumber;
  }

  public String lineManagerPersonId() {
    return lineManagerPersonId;
  }

  public OffsetDateTime requestedAt() {
    return requestedAt;
  }

  public OffsetDateTime confirmedAt() {
    return confirmedAt;
  }

  public OffsetDateTime decidedAt() {
    return decidedAt;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public String note() {
    return note;
  }

  public Canceller cancelledBy() {
    return cancelledBy;
  }

  public OffsetDateTime cancelledAt() {
    return cancelledAt;
  }

  public Attendance attendance() {
    return attendance;
  }

  public OffsetDateTime attendanceMarkedAt() {
    return attendanceMarkedAt;
  }

  public OffsetDateTime remindedAt() {
    return remindedAt;
  }

  /** The session's start the last reminder was about; null while none was sent. */
  public OffsetDateTime remindedForStart() {
    return remindedForStart;
  }

  /** Whether the person is to be reminded of the session now ({@link SessionReminder#due}). */
  public boolean reminderDue(OffsetDateTime now) {
    return status == BookingStatus.CONFIRMED && session.status() == SessionStatus.SCHEDULED
        && SessionReminder.due(session.startsAt(), remindedForStart, now);
  }
}
