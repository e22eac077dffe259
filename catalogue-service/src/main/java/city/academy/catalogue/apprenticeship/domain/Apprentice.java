package city.academy.catalogue.apprenticeship.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A person on a cohort: their journey (an append-only dated history), off-the-job hours and
 * progress reviews. The aggregate's row also carries the current status, the confirmed and
 * pending hours, days on completed breaks and the last review date, kept by its methods, so that
 * reports read one row per apprentice. Guards throw {@link IllegalArgumentException} for bad input
 * and {@link IllegalStateException} for a change that makes no sense now; nothing changes then.
 * Callers lock the row before changing it.
 */
@Entity
@Table(name = "apprentice")
public class Apprentice {
  /** A progress review is due this many days after the last (or after the start). */
  public static final int REVIEW_INTERVAL_DAYS = 84;
  public static final int NOTE_MAX = 500;
  private static final BigDecimal DAY = BigDecimal.valueOf(24);
  private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  @Id
  @SequenceGenerator(name = "apprentice_seq", sequenceName = "apprenticeship_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "apprentice_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "cohort_id")
  private Cohort cohort;

  @Column(name = "person_id", nullable = false, length = 16)
  private String personId;

  @Column(name = "person_name", nullable = false, length = 120)
  private String personName;

  @Column(name = "employer_code", nullable = false, length = 16)
  private String employerCode;

  @Column(name = "line_manager_id", length = 16)
  private String lineManagerPersonId;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "planned_end_date", nullable = false)
  private LocalDate plannedEndDate;

  @Column(name = "planned_otj_hours", nullable = false)
  private int plannedOtjHours;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private ApprenticeStatus status;

  @Column(name = "status_since", nullable = false)
  private LocalDate statusSince;

  @Column(name = "planned_return")
  private LocalDate plannedReturn;

  @Enumerated(EnumType.STRING)
  @Column(name = "withdrawal_reason", length = 32)
  private WithdrawalReason withdrawalReason;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Grade grade;

  /** Days on breaks in learning that have ended. */
  @Column(name = "break_days", nullable = false)
  private int breakDays;

  @Column(name = "last_review_on")
  private LocalDate lastReviewOn;

  @Column(name = "confirmed_otj", nullable = false, precision = 9, scale = 2)
  private BigDecimal confirmedOtj = BigDecimal.ZERO;

  @Column(name = "pending_otj", nullable = false, precision = 9, scale = 2)
  private BigDecimal pendingOtj = BigDecimal.ZERO;

  @Column(name = "enrolled_at", nullable = false)
  private OffsetDateTime enrolledAt;

  @OneToMany(mappedBy = "apprentice", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<StatusChange> history = new ArrayList<>();

  @OneToMany(mappedBy = "apprentice", cascade = CascadeType.PERSIST)
  @OrderBy("date DESC, id DESC")
  private List<OtjEntry> entries = new ArrayList<>();

  @OneToMany(mappedBy = "apprentice", cascade = CascadeType.PERSIST)
  @OrderBy("date DESC, id DESC")
  private List<ProgressReview> reviews = new ArrayList<>();

  protected Apprentice() {}

  /**
   * Enrols a person: ACTIVE from their start date.
   *
   * @param plannedEnd null: start + the programme's months
   * @param plannedHours null: the programme's minimum
   * @throws IllegalArgumentException when the employer is not the cohort's, the start is before the
   *     cohort's, the planned end is under 8 months after the start, or the hours are under the minimum
   */
  public Apprentice(Cohort cohort, String personId, String personName, String employerCode, String lineManagerPersonId,
      LocalDate start, LocalDate plannedEnd, Integer plannedHours, String recordedBy, OffsetDateTime now) {
    Programme programme = cohort.programme();
    if (start == null) {
      throw new IllegalArgumentException("Give the apprentice's start date.");
    }
    if (start.isBefore(cohort.startDate())) {
      throw new IllegalArgumentException("The cohort starts on " + readable(cohort.startDate()) + "; an apprentice cannot start before it.");
    }
    if (!cohort.employs(employerCode)) {
      throw new IllegalArgumentException(employerCode + " is not one of this cohort's employers ("
          + String.join(", ", cohort.employerCodes().stream().sorted().toList()) + ").");
    }
    LocalDate end = plannedEnd == null ? start.plusMonths(programme.durationMonths()) : plannedEnd;
    if (end.isBefore(start.plusMonths(Programme.MINIMUM_MONTHS))) {
      throw new IllegalArgumentException("An apprenticeship lasts at least " + Programme.MINIMUM_MONTHS
          + " months: plan the end on or after " + readable(start.plusMonths(Programme.MINIMUM_MONTHS)) + ".");
    }
    if (end.isAfter(start.plusYears(6))) {
      throw new IllegalArgumentException("A planned end more than 6 years after the start is not plausible.");
    }
    int hours = plannedHours == null ? programme.minimumOtjHours() : plannedHours;
    if (hours < programme.minimumOtjHours()) {
      throw new IllegalArgumentException(programme.standardCode() + " needs at least " + programme.minimumOtjHours()
          + " off-the-job hours; " + hours + " were planned.");
    }
    if (hours > 5000) {
      throw new IllegalArgumentException("More than 5,000 planned off-the-job hours is not plausible.");
    }
    this.cohort = cohort;
    this.personId = personId;
    this.personName = personName;
    this.employerCode = employerCode;
    this.lineManagerPersonId = lineManagerPersonId;
    this.startDate = start;
    this.plannedEndDate = end;
    this.plannedOtjHours = hours;
    this.status = ApprenticeStatus.ACTIVE;
    this.statusSince = start;
    this.enrolledAt = now;
    history.add(new StatusChange(this, 1, ApprenticeStatus.ACTIVE, start, null, null, null, "Enrolled", recordedBy, now));
  }

  /**
   * Moves to a new status on a date.
   *
   * @throws IllegalArgumentException for a missing or future date, a missing or superfluous reason,
   *     planned return or grade
   * @throws IllegalStateException for a move the journey does not allow from the current status, or
   *     a date before the current status began
   */
  public StatusChange moveTo(ApprenticeStatus to, LocalDate on, WithdrawalReason reason, LocalDate returnOn, Grade newGrade,
      String note, String recordedBy, LocalDate today, OffsetDateTime now) {
    if (to == null) {
      throw new IllegalArgumentException("Give the new status.");
    }
    if (on == null) {
      throw new IllegalArgumentException("Give the date the change took effect.");
    }
    if (on.isAfter(today)) {
      throw new IllegalArgumentException("A change of status is recorded once it has happened; " + readable(on) + " is in the future.");
    }
    if (to == ApprenticeStatus.WITHDRAWN && reason == null) {
      throw new IllegalArgumentException("Give the reason for the withdrawal.");
    }
    if (to != ApprenticeStatus.WITHDRAWN && reason != null) {
      throw new IllegalArgumentException("A reason is recorded only for a withdrawal.");
    }
    if (to == ApprenticeStatus.BREAK_IN_LEARNING && (returnOn == null || !returnOn.isAfter(on))) {
      throw new IllegalArgumentException("Give the planned return from the break, after " + readable(on) + ".");
    }
    if (to != ApprenticeStatus.BREAK_IN_LEARNING && returnOn != null) {
      throw new IllegalArgumentException("A planned return is recorded only for a break in learning.");
    }
    if (to == ApprenticeStatus.ACHIEVED && newGrade == null) {
      throw new IllegalArgumentException("Give the grade achieved: PASS, MERIT or DISTINCTION.");
    }
    if (to != ApprenticeStatus.ACHIEVED && newGrade != null) {
      throw new IllegalArgumentException("A grade is recorded only when the apprenticeship is achieved.");
    }
    String cleanNote = note(note);
    if (!status.next().contains(to)) {
      throw new IllegalStateException(refusal(to));
    }
    if (on.isBefore(statusSince)) {
      throw new IllegalStateException(personName + " has been " + status.phrase() + " since "
          + readable(statusSince) + "; a change cannot take effect before that (" + readable(on) + ").");
    }
    if (status == ApprenticeStatus.BREAK_IN_LEARNING) {
      breakDays += (int) ChronoUnit.DAYS.between(statusSince, on);
    }
    status = to;
    statusSince = on;
    plannedReturn = returnOn;
    withdrawalReason = reason;
    grade = newGrade;
    StatusChange change = new StatusChange(this, history.size() + 1, to, on, reason, returnOn, newGrade, cleanNote, recordedBy, now);
    history.add(change);
    return change;
  }

  private String refusal(ApprenticeStatus to) {
    if (status.next().isEmpty()) {
      return personName + " is " + status.phrase() + " (since " + readable(statusSince)
          + "); that is the end of their journey and cannot change.";
    }
    if (to == ApprenticeStatus.ACTIVE && status == ApprenticeStatus.ACTIVE) {
      return personName + " is already active: there is no break in learning to return from.";
    }
    if (to == status) {
      return personName + " is already " + status.phrase() + ".";
    }
    if (to == ApprenticeStatus.ACHIEVED || to == ApprenticeStatus.FAILED) {
      return personName + " is " + status.phrase() + ": a result is recorded only after gateway, "
          + "end-point assessment and completion.";
    }
    return personName + " is " + status.phrase() + "; from there they can move to: "
        + status.next().stream().map(s -> s.label().toLowerCase(Locale.UK)).collect(Collectors.joining(", ")) + ".";
  }

  /**
   * Logs off-the-job hours (pending until confirmed).
   *
   * @throws IllegalArgumentException for a date before the start, in the future or after training
   *     ended; hours not above 0, with more than two decimals, or making more than 24 on the day; no
   *     activity; a long note
   */
  public OtjEntry logHours(LocalDate date, BigDecimal hours, OtjActivity activity, String note, String enteredBy, LocalDate today,
      OffsetDateTime now) {
    if (date == null) {
      throw new IllegalArgumentException("Give the date of the training.");
    }
    if (date.isBefore(startDate)) {
      throw new IllegalArgumentException("The apprenticeship started on " + readable(startDate) + "; hours before that do not count.");
    }
    if (date.isAfter(today)) {
      throw new IllegalArgumentException("Log hours once they are done; " + readable(date) + " is in the future.");
    }
    if (status.trainingOver() && date.isAfter(statusSince)) {
      throw new IllegalArgumentException("Training ended on " + readable(statusSince) + " (" + status.phrase()
          + "); hours after that cannot be logged.");
    }
    if (hours == null || hours.signum() <= 0) {
      throw new IllegalArgumentException("Give the hours spent, more than 0.");
    }
    if (hours.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("Give hours to at most two decimal places, e.g. 1.5 or 0.25.");
    }
    if (activity == null) {
      throw new IllegalArgumentException("Give the kind of activity.");
    }
    BigDecimal sameDay = entries.stream()
        .filter(e -> e.date().equals(date) && e.state() != OtjEntry.State.REJECTED)
        .map(OtjEntry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sameDay.add(hours).compareTo(DAY) > 0) {
      throw new IllegalArgumentException(sameDay.signum() == 0
          ? "A day has 24 hours; " + hours.stripTrailingZeros().toPlainString() + " cannot be logged for one day."
          : "With the " + sameDay.stripTrailingZeros().toPlainString() + " hours already logged for " + readable(date)
              + ", that would make more than 24 hours in a day.");
    }
    OtjEntry entry = new OtjEntry(this, date, hours.setScale(2), activity, note(note), enteredBy, now);
    entries.add(entry);
    pendingOtj = pendingOtj.add(entry.hours());
    return entry;
  }

  /**
   * Confirms or rejects a pending entry.
   *
   * @throws IllegalArgumentException for a rejection without a note
   * @throws IllegalStateException when the entry was already decided
   */
  public OtjEntry decide(OtjEntry entry, boolean confirmed, String note, String decidedBy, OffsetDateTime now) {
    if (entry.apprentice() != this) {
      throw new IllegalArgumentException("That entry belongs to another apprentice.");
    }
    String cleanNote = note(note);
    if (!confirmed && cleanNote == null) {
      throw new IllegalArgumentException("Say why the entry is rejected, so the apprentice can put it right.");
    }
    entry.decide(confirmed, cleanNote, decidedBy, now);
    pendingOtj = pendingOtj.subtract(entry.hours());
    if (confirmed) {
      confirmedOtj = confirmedOtj.add(entry.hours());
    }
    return entry;
  }

  /**
   * Records a progress review.
   *
   * @throws IllegalArgumentException for a date before the start or in the future, no attendees, long text
   */
  public ProgressReview review(LocalDate date, String attendees, String notes, String recordedBy, LocalDate today, OffsetDateTime now) {
    if (date == null) {
      throw new IllegalArgumentException("Give the date of the review.");
    }
    if (date.isBefore(startDate) || date.isAfter(today)) {
      throw new IllegalArgumentException("A review is dated between the start (" + readable(startDate) + ") and today.");
    }
    if (attendees == null || attendees.isBlank()) {
      throw new IllegalArgumentException("Say who attended the review.");
    }
    if (attendees.strip().length() > 300) {
      throw new IllegalArgumentException("The attendees are at most 300 characters.");
    }
    if (notes != null && notes.strip().length() > 4000) {
      throw new IllegalArgumentException("A review's notes are at most 4,000 characters.");
    }
    ProgressReview review = new ProgressReview(this, date, attendees.strip(), notes == null || notes.isBlank() ? null : notes.strip(),
        recordedBy, now);
    reviews.add(review);
    if (lastReviewOn == null || date.isAfter(lastReviewOn)) {
      lastReviewOn = date;
    }
    return review;
  }

  /** What the reports and the apprentice's page read (equality answers left out; ids 0 before it is stored). */
  public ApprenticeLine line() {
    return new ApprenticeLine(id == null ? 0 : id, cohort.id() == null ? 0 : cohort.id(), personId, personName, employerCode, startDate, plannedEndDate, plannedOtjHours, status,
        statusSince, withdrawalReason, grade, breakDays, lastReviewOn, confirmedOtj, pendingOtj, java.util.Map.of());
  }

  private static String note(String note) {
    if (note == null || note.isBlank()) {
      return null;
    }
    if (note.strip().length() > NOTE_MAX) {
      throw new IllegalArgumentException("A note is at most " + NOTE_MAX + " characters.");
    }
    return note.strip();
  }

  static String readable(LocalDate date) {
    return READABLE.format(date);
  }

  public Long id() {
    return id;
  }

  public Cohort cohort() {
    return cohort;
  }

  public String personId() {
    return personId;
  }

  public String personName() {
    return personName;
  }

  public String employerCode() {
    return employerCode;
  }

  public String lineManagerPersonId() {
    return lineManagerPersonId;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate plannedEndDate() {
    return plannedEndDate;
  }

  public int plannedOtjHours() {
    return plannedOtjHours;
  }

  public ApprenticeStatus status() {
    return status;
  }

  public LocalDate statusSince() {
    return statusSince;
  }

  public LocalDate plannedReturn() {
    return plannedReturn;
  }

  public WithdrawalReason withdrawalReason() {
    return withdrawalReason;
  }

  public Grade grade() {
    return grade;
  }

  public LocalDate lastReviewOn() {
    return lastReviewOn;
  }

  public BigDecimal confirmedOtj() {
    return confirmedOtj;
  }

  public BigDecimal pendingOtj() {
    return pendingOtj;
  }

  public List<StatusChange> history() {
    return List.copyOf(history);
  }

  public List<OtjEntry> entries() {
    return List.copyOf(entries);
  }

  public List<ProgressReview> reviews() {
    return List.copyOf(reviews);
  }
}
