package city.academy.passport.records.domain;

import city.academy.passport.organisation.domain.Organisation;
import city.academy.passport.people.domain.Person;
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
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry in a person's training history. Entries are never changed or deleted: a correction
 * or revocation is a new entry that supersedes an earlier one.
 */
@Entity
@Table(name = "training_record")
public class TrainingRecord implements Evidence {

  /** Where a record came from. */
  public enum Source { CATALOGUE, IMPORT, MANUAL, STATEMENT }

  /** What an entry does. */
  public enum Kind { ENTRY, CORRECTION, REVOCATION }

  @Id
  @SequenceGenerator(name = "training_record_seq", sequenceName = "training_record_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_record_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @Column(name = "subject_code", length = 48)
  private String subjectCode;

  @Column(name = "level_code", length = 16)
  private String levelCode;

  @Column(name = "course_title", length = 200)
  private String courseTitle;

  @Column(name = "completed_on", nullable = false)
  private LocalDate completedOn;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private Source source;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "attested_by_org_id")
  private Organisation attestedBy;

  @Column(name = "entered_by", nullable = false, length = 64)
  private String enteredBy;

  @Column(name = "entered_at", nullable = false)
  private OffsetDateTime enteredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "entry_kind", nullable = false, length = 16)
  private Kind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "supersedes_id")
  private TrainingRecord supersedes;

  @Column(length = 500)
  private String reason;

  @Column(name = "evidence_reference", length = 200)
  private String evidenceReference;

  /** For a local record: the code of the attesting organisation's local requirement it meets. */
  @Column(name = "local_code", length = 32)
  private String localCode;

  /** The sending system's own reference for a completion it handed over; unique. */
  @Column(name = "source_reference", length = SOURCE_REFERENCE_MAX, unique = true)
  private String sourceReference;

  public static final int SOURCE_REFERENCE_MAX = 80;

  protected TrainingRecord() {}

  /** A course that is not part of the framework (CPD): listed in the passport, never counted toward a requirement. */
  public static TrainingRecord forCourse(Person person, String courseTitle, LocalDate completedOn, Source source,
      Organisation deliveredBy, String enteredBy, LocalDate today) {
    TrainingRecord record = new TrainingRecord();
    record.person = Objects.requireNonNull(person, "A record belongs to a person.");
    if (courseTitle == null || courseTitle.isBlank()) {
      throw new IllegalArgumentException("A CPD record needs the course title.");
    }
    if (courseTitle.length() > 200) {
      throw new IllegalArgumentException("A course title can be at most 200 characters.");
    }
    record.courseTitle = courseTitle.strip();
    record.completedOn = Objects.requireNonNull(completedOn, "A record needs a completion date.");
    if (completedOn.isAfter(today)) {
      throw new IllegalArgumentException(
          "A completion date cannot be in the future (" + completedOn + " is after " + today + ").");
    }
    record.source = Objects.requireNonNull(source, "A record needs a source.");
    record.attestedBy = deliveredBy;
    record.enteredBy = Objects.requireNonNull(enteredBy, "A record says who entered it.");
    record.enteredAt = OffsetDateTime.now(ZoneOffset.UTC);
    record.kind = Kind.ENTRY;
    return record;
  }

  /** Names the course a framework record came from (a catalogue completion). */
  public TrainingRecord fromCourse(String title) {
    if (title != null && title.length() > 200) {
      throw new IllegalArgumentException("A course title can be at most 200 characters.");
    }
    this.courseTitle = title == null || title.isBlank() ? null : title.strip();
    return this;
  }

  /** The sending system's reference for this completion (at most 80 characters). */
  public TrainingRecord withSourceReference(String reference) {
    if (reference == null || reference.isBlank() || reference.length() > SOURCE_REFERENCE_MAX) {
      throw new IllegalArgumentException("A completion's reference is 1 to " + SOURCE_REFERENCE_MAX + " characters.");
    }
    this.sourceReference = reference.strip();
    return this;
  }

  public String sourceReference() {
    return sourceReference;
  }

  /**
   * A framework record: the expiry date is the framework's to derive, and is passed in already
   * derived.
   */
  public static TrainingRecord forSubject(
      Person person,
      String subjectCode,
      String levelCode,
      LocalDate completedOn,
      LocalDate expiresOn,
      Source source,
      Organisation attestedBy,
      String enteredBy,
      LocalDate today) {
    TrainingRecord record = new TrainingRecord();
    record.person = Objects.requireNonNull(person, "A record belongs to a person.");
    record.subjectCode = Objects.requireNonNull(subjectCode, "A framework record needs a subject.");
    record.levelCode = Objects.requireNonNull(levelCode, "A framework record needs a level.");
    record.completedOn = Objects.requireNonNull(completedOn, "A record needs a completion date.");
    if (completedOn.isAfter(today)) {
      throw new IllegalArgumentException(
          "A completion date cannot be in the future (" + completedOn + " is after " + today + ").");
    }
    if (expiresOn != null && !expiresOn.isAfter(completedOn)) {
      throw new IllegalArgumentException("A record cannot expire on or before its completion date.");
    }
    record.expiresOn = expiresOn;
    record.source = Objects.requireNonNull(source, "A record needs a source.");
    record.attestedBy = attestedBy;
    record.enteredBy = Objects.requireNonNull(enteredBy, "A record says who entered it.");
    record.enteredAt = OffsetDateTime.now(ZoneOffset.UTC);
    record.kind = Kind.ENTRY;
    return record;
  }
  /**
   * A local record: training that meets an organisation's own (not portable) requirement.
   * It is attested by that organisation.
   */
  public static TrainingRecord forLocal(Person person, Organisation organisation, String localCode, String title,
      LocalDate completedOn, LocalDate expiresOn, Source source, String enteredBy, LocalDate today) {
    TrainingRecord record = new TrainingRecord();
    record.person = Objects.requireNonNull(person, "A record belongs to a person.");
    record.attestedBy = Objects.requireNonNull(organisation, "A local record is attested by its organisation.");
    record.localCode = Objects.requireNonNull(localCode, "A local record names its local requirement.");
    record.courseTitle = title;
    record.completedOn = Objects.requireNonNull(completedOn, "A record needs a completion date.");
    if (completedOn.isAfter(today)) {
      throw new IllegalArgumentException(
          "A completion date cannot be in the future (" + completedOn + " is after " + today + ").");
    }
    if (expiresOn != null && !expiresOn.isAfter(completedOn)) {
      throw new IllegalArgumentException("A record cannot expire on or before its completion date.");
    }
    record.expiresOn = expiresOn;
    record.source = Objects.requireNonNull(source, "A record needs a source.");
    record.enteredBy = Objects.requireNonNull(enteredBy, "A record says who entered it.");
    record.enteredAt = OffsetDateTime.now(ZoneOffset.UTC);
    record.kind = Kind.ENTRY;
    return record;
  }

  /** Attaches the evidence behind a manual entry (a certificate number, a file reference). */
  public TrainingRecord withEvidence(String reference) {
    if (reference != null && reference.length() > 200) {
      throw new IllegalArgumentException("An evidence reference can be at most 200 characters.");
    }
    this.evidenceReference = reference == null || reference.isBlank() ? null : reference.strip();
    return this;
  }

  /**
   * A new entry that replaces this one with corrected facts; this one stays in the history.
   *
   * @param expiresOn the corrected expiry, derived from the framework by the caller
   */
  public TrainingRecord correctedTo(String level, LocalDate completed, LocalDate expiresOn, String why, String by, LocalDate today) {
    requireChangeable(why);
    TrainingRecord correction = forSubject(person, subjectCode, level, completed, expiresOn, source, attestedBy, by, today);
    correction.kind = Kind.CORRECTION;
    correction.supersedes = this;
    correction.reason = why.strip();
    correction.evidenceReference = evidenceReference;
    correction.courseTitle = courseTitle;
    return correction;
  }

  /** A new entry that withdraws this one; this one stays in the history. */
  public TrainingRecord revoked(String why, String by) {
    requireChangeable(why);
    TrainingRecord revocation = new TrainingRecord();
    revocation.person = person;
    revocation.subjectCode = subjectCode;
    revocation.levelCode = levelCode;
    revocation.courseTitle = courseTitle;
    revocation.completedOn = completedOn;
    revocation.expiresOn = expiresOn;
    revocation.source = source;
    revocation.attestedBy = attestedBy;
    revocation.enteredBy = Objects.requireNonNull(by);
    revocation.enteredAt = OffsetDateTime.now(ZoneOffset.UTC);
    revocation.kind = Kind.REVOCATION;
    revocation.supersedes = this;
    revocation.reason = why.strip();
    return revocation;
  }

  private void requireChangeable(String why) {
    if (kind == Kind.REVOCATION) {
      throw new IllegalStateException("A revocation cannot itself be corrected or revoked.");
    }
    if (why == null || why.isBlank()) {
      throw new IllegalArgumentException("Say why: a correction or revocation needs a reason.");
    }
    if (why.length() > 500) {
      throw new IllegalArgumentException("A reason can be at most 500 characters.");
    }
  }


  @Override
  public Long id() {
    return id;
  }

  public Person person() {
    return person;
  }

  @Override
  public String subjectCode() {
    return subjectCode;
  }

  @Override
  public String levelCode() {
    return levelCode;
  }

  @Override
  public LocalDate completedOn() {
    return completedOn;
  }

  @Override
  public LocalDate expiresOn() {
    return expiresOn;
  }

  public Source source() {
    return source;
  }

  public String courseTitle() {
    return courseTitle;
  }

  public Organisation attestedBy() {
    return attestedBy;
  }

  public String enteredBy() {
    return enteredBy;
  }

  public OffsetDateTime enteredAt() {
    return enteredAt;
  }

  public TrainingRecord supersedes() {
    return supersedes;
  }

  public String reason() {
    return reason;
  }

  public String evidenceReference() {
    return evidenceReference;
  }

  @Override
  public String localCode() {
    return localCode;
  }

  /** Does this (in-force) record meet the local requirement {@code code} of {@code organisation}? */
  public boolean meetsLocal(String organisation, String code) {
    return code.equals(localCode) && attestedBy != null && organisation.equals(attestedBy.code()) && kind != Kind.REVOCATION;
  }

  @Override
  public boolean isRevocation() {
    return kind == Kind.REVOCATION;
  }

  @Override
  public Long supersededId() {
    return supersedes == null ? null : supersedes.id();
  }

  public Kind kind() {
    return kind;
  }
}
