package city.academy.catalogue.completion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A completion waiting to become a record in the passport (an outbox row). A course mapped to a
 * framework subject becomes a training record of that subject and level; any other course a CPD
 * record with its title and hours. The idempotency key is unique here and is sent to the passport,
 * which records a key once, so a retried delivery never records the training twice.
 */
@Entity
@Table(name = "completion_outbox")
public class CompletionHandOff {

  /** What the passport is to record. */
  public enum Kind { TRAINING, CPD }

  @Id
  @SequenceGenerator(name = "completion_outbox_seq", sequenceName = "completion_outbox_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "completion_outbox_seq")
  private Long id;

  @Column(name = "idempotency_key", nullable = false, length = 64, unique = true)
  private String idempotencyKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Kind kind;

  @Column(name = "person_id", nullable = false, length = 16)
  private String personId;

  @Column(name = "booking_id", nullable = false)
  private Long bookingId;

  @Column(name = "course_id", nullable = false)
  private Long courseId;

  @Column(name = "subject_code", length = 48)
  private String subjectCode;

  @Column(name = "level_code", length = 16)
  private String levelCode;

  @Column(name = "course_title", nullable = false, length = 200)
  private String courseTitle;

  @Column(name = "cpd_hours", nullable = false, precision = 5, scale = 2)
  private BigDecimal cpdHours;

  @Column(name = "completed_on", nullable = false)
  private LocalDate completedOn;

  @Column(name = "delivered_by", nullable = false, length = 16)
  private String deliveringOrganisationCode;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "delivered_at")
  private OffsetDateTime deliveredAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error", length = 500)
  private String lastError;

  /** When a failed delivery is next tried; null: due now. */
  @Column(name = "next_attempt_at")
  private OffsetDateTime nextAttemptAt;

  /** The first pause after a failed delivery; each further failure doubles it, up to {@link #LONGEST_PAUSE}. */
  public static final java.time.Duration FIRST_PAUSE = java.time.Duration.ofSeconds(5);
  public static final java.time.Duration LONGEST_PAUSE = java.time.Duration.ofMinutes(10);

  protected CompletionHandOff() {}

  /**
   * A completion of a booking.
   *
   * @param subjectCode framework subject the course satisfies, or null for a CPD course
   * @param levelCode its level, or null
   */
  public CompletionHandOff(
      long bookingId,
      String personId,
      long courseId,
      String courseTitle,
      String subjectCode,
      String levelCode,
      BigDecimal cpdHours,
      LocalDate completedOn,
      String deliveringOrganisationCode,
      OffsetDateTime now) {
    this.bookingId = bookingId;
    this.idempotencyKey = keyFor(bookingId);
    this.personId = Objects.requireNonNull(personId, "personId");
    this.courseId = courseId;
    this.courseTitle = Objects.requireNonNull(courseTitle, "courseTitle");
    this.subjectCode = subjectCode;
    this.levelCode = levelCode;
    this.kind = subjectCode == null ? Kind.CPD : Kind.TRAINING;
    this.cpdHours = cpdHours == null ? BigDecimal.ZERO : cpdHours;
    this.completedOn = Objects.requireNonNull(completedOn, "completedOn");
    this.deliveringOrganisationCode = Objects.requireNonNull(deliveringOrganisationCode, "deliveringOrganisationCode");
    this.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** One completion per booking: the key is the same however often the mark is repeated. */
  public static String keyFor(long bookingId) {
    return "catalogue-completion-booking-" + bookingId;
  }

  /** The passport has it. */
  public void delivered(OffsetDateTime now) {
    deliveredAt = now.withOffsetSameInstant(ZoneOffset.UTC);
    attempts++;
    lastError = null;
    nextAttemptAt = null;
  }

  /** A delivery attempt failed; it is tried again after a pause that doubles with each failure. */
  public void failed(String error, OffsetDateTime now) {
    attempts++;
    lastError = error == null ? null : error.length() <= 500 ? error : error.substring(0, 500);
    java.time.Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempts - 1, 16));
    nextAttemptAt = now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause).withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** Not yet delivered, and not pausing after a failure. */
  public boolean isDue(OffsetDateTime now) {
    return deliveredAt == null && (nextAttemptAt == null || !nextAttemptAt.isAfter(now));
  }

  public OffsetDateTime nextAttemptAt() {
    return nextAttemptAt;
  }



  public Long id() {
    return id;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public Kind kind() {
    return kind;
  }

  public String personId() {
    return personId;
  }

  public Long bookingId() {
    return bookingId;
  }

  public Long courseId() {
    return courseId;
  }

  public String courseTitle() {
    return courseTitle;
  }

  public String subjectCode() {
    return subjectCode;
  }

  public String levelCode() {
    return levelCode;
  }

  public BigDecimal cpdHours() {
    return cpdHours;
  }

  public LocalDate completedOn() {
    return completedOn;
  }

  public String deliveringOrganisationCode() {
    return deliveringOrganisationCode;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime deliveredAt() {
    return deliveredAt;
  }

  public int attempts() {
    return attempts;
  }

  public String lastError() {
    return lastError;
  }
}
