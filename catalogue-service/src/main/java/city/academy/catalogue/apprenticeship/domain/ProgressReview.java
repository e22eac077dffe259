package city.academy.catalogue.apprenticeship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** A progress review of an apprentice: when, who attended, what was agreed. */
@Entity
@Table(name = "progress_review")
public class ProgressReview {

  @Id
  @SequenceGenerator(name = "progress_review_seq", sequenceName = "apprenticeship_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "progress_review_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "apprentice_id")
  private Apprentice apprentice;

  @Column(name = "review_date", nullable = false)
  private LocalDate date;

  @Column(nullable = false, length = 300)
  private String attendees;

  @Column(length = 4000)
  private String notes;

  @Column(name = "recorded_by", nullable = false, length = 120)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  protected ProgressReview() {}

  ProgressReview(Apprentice apprentice, LocalDate date, String attendees, String notes, String recordedBy, OffsetDateTime recordedAt) {
    this.apprentice = apprentice;
    this.date = date;
    this.attendees = attendees;
    this.notes = notes;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
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

  public String attendees() {
    return attendees;
  }

  public String notes() {
    return notes;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public OffsetDateTime recordedAt() {
    return recordedAt;
  }
}
