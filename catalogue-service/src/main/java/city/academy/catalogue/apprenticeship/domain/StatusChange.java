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
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One dated step of an apprentice's journey. Never changed once written. */
@Entity
@Table(name = "apprentice_status_change")
public class StatusChange {

  @Id
  @SequenceGenerator(name = "status_change_seq", sequenceName = "apprenticeship_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_change_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "apprentice_id")
  private Apprentice apprentice;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private ApprenticeStatus status;

  @Column(name = "effective_on", nullable = false)
  private LocalDate effectiveOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason_code", length = 32)
  private WithdrawalReason reason;

  @Column(name = "planned_return")
  private LocalDate plannedReturn;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Grade grade;

  @Column(length = 500)
  private String note;

  @Column(name = "recorded_by", nullable = false, length = 120)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  protected StatusChange() {}

  StatusChange(Apprentice apprentice, int position, ApprenticeStatus status, LocalDate effectiveOn, WithdrawalReason reason,
      LocalDate plannedReturn, Grade grade, String note, String recordedBy, OffsetDateTime recordedAt) {
    this.apprentice = apprentice;
    this.position = position;
    this.status = status;
    this.effectiveOn = effectiveOn;
    this.reason = reason;
    this.plannedReturn = plannedReturn;
    this.grade = grade;
    this.note = note;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public int position() {
    return position;
  }

  public ApprenticeStatus status() {
    return status;
  }

  public LocalDate effectiveOn() {
    return effectiveOn;
  }

  public WithdrawalReason reason() {
    return reason;
  }

  public LocalDate plannedReturn() {
    return plannedReturn;
  }

  public Grade grade() {
    return grade;
  }

  public String note() {
    return note;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public OffsetDateTime recordedAt() {
    return recordedAt;
  }
}
