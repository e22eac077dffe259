package city.academy.passport.localrules.domain;

import city.academy.passport.organisation.domain.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * An organisation's stricter refresher period for a framework subject and level (e.g. yearly fire
 * safety where the partnership says two years). Never laxer than the framework.
 */
@Entity
@Table(name = "local_refresher")
public class LocalRefresher {
  @Id
  @SequenceGenerator(name = "local_rule_seq", sequenceName = "local_rule_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "local_rule_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(name = "subject_code", nullable = false, length = 48)
  private String subjectCode;

  @Column(name = "level_code", nullable = false, length = 16)
  private String levelCode;

  @Column(name = "refresher_months", nullable = false)
  private int refresherMonths;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "retired_at")
  private OffsetDateTime retiredAt;

  protected LocalRefresher() {}

  /**
   * @param frameworkMonths the partnership's period for the subject and level (null: never expires)
   */
  public LocalRefresher(Organisation organisation, String subject, String level, int months, Integer frameworkMonths, String createdBy) {
    if (months < 1) {
      throw new IllegalArgumentException("A refresher period is at least 1 month.");
    }
    if (frameworkMonths != null && months >= frameworkMonths) {
      throw new IllegalArgumentException("A local refresher period must be stricter than the partnership's "
          + frameworkMonths + " months for " + subject + " level " + level + "; " + months + " is not.");
    }
    this.organisation = Objects.requireNonNull(organisation);
    this.subjectCode = subject;
    this.levelCode = level;
    this.refresherMonths = months;
    this.createdBy = createdBy;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** The local expiry of a record completed on {@code completed}. */
  public LocalDate expiryOf(LocalDate completed) {
    return completed.plusMonths(refresherMonths);
  }

  public void retire() {
    if (retiredAt == null) {
      retiredAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
  }

  public boolean retired() {
    return retiredAt != null;
  }

  public Long id() {
    return id;
  }

  public Organisation organisation() {
    return organisation;
  }

  public String subjectCode() {
    return subjectCode;
  }

  public String levelCode() {
    return levelCode;
  }

  public int refresherMonths() {
    return refresherMonths;
  }
}
