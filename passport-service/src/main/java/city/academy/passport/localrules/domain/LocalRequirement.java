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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** Training an organisation asks of its own staff only (e.g. local induction). Not portable. */
@Entity
@Table(name = "local_requirement")
public class LocalRequirement {
  @Id
  @SequenceGenerator(name = "local_rule_seq", sequenceName = "local_rule_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "local_rule_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(nullable = false, length = 32)
  private String code;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "refresher_months")
  private Integer refresherMonths;

  @Column(name = "staff_group", length = 48)
  private String staffGroup;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "retired_at")
  private OffsetDateTime retiredAt;

  protected LocalRequirement() {}

  public LocalRequirement(Organisation organisation, String code, String title, Integer refresherMonths, String staffGroup, String createdBy) {
    if (code == null || !code.matches("[A-Z0-9_-]{2,32}")) {
      throw new IllegalArgumentException("A local requirement's code is 2 to 32 capital letters, digits, dashes or underscores.");
    }
    if (title == null || title.isBlank() || title.length() > 200) {
      throw new IllegalArgumentException("A local requirement needs a title of at most 200 characters.");
    }
    if (refresherMonths != null && (refresherMonths < 1 || refresherMonths > 120)) {
      throw new IllegalArgumentException("A refresher period is 1 to 120 months.");
    }
    this.organisation = Objects.requireNonNull(organisation);
    this.code = code;
    this.title = title.strip();
    this.refresherMonths = refresherMonths;
    this.staffGroup = staffGroup == null || staffGroup.isBlank() ? null : staffGroup;
    this.createdBy = createdBy;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public boolean appliesTo(String group) {
    return retiredAt == null && (staffGroup == null || staffGroup.equals(group));
  }

  public void retire() {
    if (retiredAt == null) {
      retiredAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
  }

  public Long id() {
    return id;
  }

  public Organisation organisation() {
    return organisation;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public Integer refresherMonths() {
    return refresherMonths;
  }

  public String staffGroup() {
    return staffGroup;
  }

  public boolean retired() {
    return retiredAt != null;
  }
}
