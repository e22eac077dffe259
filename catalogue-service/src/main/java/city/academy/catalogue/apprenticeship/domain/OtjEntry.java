package city.academy.catalogue.apprenticeship.domain;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A stretch of off-the-job training logged by the apprentice. Part of the {@link Apprentice}
 * aggregate: decided only through it.
 */
@Entity
@Table(name = "otj_entry")
public class OtjEntry {

  /** Waiting to be confirmed, confirmed (counts towards the hours), or rejected with a note. */
  public enum State {
    PENDING, CONFIRMED, REJECTED
  }

  @Id
  @SequenceGenerator(name = "otj_entry_seq", sequenceName = "apprenticeship_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "otj_entry_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "apprentice_id")
  private Apprentice apprentice;

  @Column(name = "activity_date", nullable = false)
  private LocalDate date;

  @Column(nullable = false, precision = 5, scale = 2)
  private BigDecimal hours;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private OtjActivity activity;

  @Column(length = 500)
  private String note;

  @Column(name = "entered_by", nullable = false, length = 120)
  private String enteredBy;

  @Column(name = "entered_at", nullable = false)
  private OffsetDateTime enteredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private State state;

  @Column(name = "decided_by", length = 120)
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decision_note", length = 500)
  private String decisionNote;

  protected OtjEntry() {}

  OtjEntry(Apprentice apprentice, LocalDate date, BigDecimal hours, OtjActivity activity, String note, String enteredBy,
      OffsetDateTime enteredAt) {
    this.apprentice = apprentice;
    this.date = date;
    this.hours = hours;
    this.activity = activity;
    this.note = note;
    this.enteredBy = enteredBy;
    this.enteredAt = enteredAt;
    this.state = State.PENDING;
  }

  void decide(boolean confirmed, String note, String by, OffsetDateTime at) {
    if (state != State.PENDING) {
      throw new IllegalStateException("This entry was already " + state.name().toLowerCase(java.util.Locale.ROOT)
          + (decidedBy == null ? "" : " by " + decidedBy) + ".");
    }
    this.state = confirmed ? State.CONFIRMED : State.REJECTED;
    this.decisionNote = note;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  public Long id() {
    return id;
  }

  public Apprentice apprentice() {
    return apprentice;
  }

  public LocalDate date() {
    return date;
  }

  public BigDecimal hours() {
    return hours;
  }

  public OtjActivity activity() {
    return activity;
  }

  public String note() {
    return note;
  }

  public String enteredBy() {
    return enteredBy;
  }

  public OffsetDateTime enteredAt() {
    return enteredAt;
  }

  public State state() {
    return state;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public OffsetDateTime decidedAt() {
    return decidedAt;
  }

  public String decisionNote() {
    return decisionNote;
  }
}
