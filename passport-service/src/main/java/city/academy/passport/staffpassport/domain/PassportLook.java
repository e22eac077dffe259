package city.academy.passport.staffpassport.domain;

import city.academy.passport.people.domain.Person;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** Someone other than the person looked at their passport. Written once, never changed. */
@Entity
@Table(name = "passport_access_log")
public class PassportLook {

  /** Why someone looked. */
  public enum Purpose { PASSPORT_VIEW, TRANSFER_CHECK, TEAM_SUMMARY, CREDENTIAL_EXPORT }

  @Id
  @SequenceGenerator(name = "passport_access_log_seq", sequenceName = "passport_access_log_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "passport_access_log_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @Column(name = "viewer_username", nullable = false, length = 64)
  private String viewerUsername;

  @Column(name = "viewer_person_id", length = 16)
  private String viewerPersonId;

  @Column(name = "viewer_name", nullable = false, length = 200)
  private String viewerName;

  @Column(name = "viewer_role", nullable = false, length = 32)
  private String viewerRole;

  @Column(name = "organisation_code", length = 16)
  private String organisationCode;

  @Column(nullable = false, length = 64)
  private String purpose;

  @Column(name = "viewed_at", nullable = false)
  private OffsetDateTime viewedAt;

  protected PassportLook() {}

  public PassportLook(
      Person person, String viewerUsername, String viewerPersonId, String viewerName,
      String viewerRole, String organisationCode, Purpose purpose) {
    this.person = Objects.requireNonNull(person);
    this.viewerUsername = Objects.requireNonNull(viewerUsername);
    this.viewerPersonId = viewerPersonId;
    this.viewerName = viewerName == null ? viewerUsername : truncate(viewerName, 200);
    this.viewerRole = Objects.requireNonNull(viewerRole);
    this.organisationCode = organisationCode;
    this.purpose = purpose.name();
    this.viewedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  private static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }

  public String viewerName() {
    return viewerName;
  }

  public String viewerRole() {
    return viewerRole;
  }

  public String organisationCode() {
    return organisationCode;
  }

  public String purpose() {
    return purpose;
  }

  public OffsetDateTime viewedAt() {
    return viewedAt;
  }
}
