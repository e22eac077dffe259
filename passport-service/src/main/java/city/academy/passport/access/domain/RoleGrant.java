package city.academy.passport.access.domain;

import city.academy.passport.organisation.domain.Organisation;
import city.academy.platform.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A role an account holds, for one organisation (HR admin, provider) or city-wide. */
@Entity
@Table(name = "role_grant")
public class RoleGrant {
  @Id
  @SequenceGenerator(name = "role_grant_seq", sequenceName = "role_grant_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_grant_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id")
  private UserAccount account;

  @Enumerated(EnumType.STRING)
  @Column(name = "role_name", nullable = false, length = 32)
  private Role role;

  @ManyToOne
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  protected RoleGrant() {}

  RoleGrant(UserAccount account, Role role, Organisation organisation) {
    boolean scoped = role == Role.HR_ADMIN || role == Role.PROVIDER;
    if (scoped && organisation == null) {
      throw new IllegalArgumentException(role + " is granted for an organisation; name one.");
    }
    if (!scoped && organisation != null) {
      throw new IllegalArgumentException(role + " is not granted per organisation.");
    }
    if (role == Role.SYSTEM) {
      throw new IllegalArgumentException("The system role is never granted to a person.");
    }
    this.account = account;
    this.role = role;
    this.organisation = organisation;
  }

  public Role role() {
    return role;
  }

  public Organisation organisation() {
    return organisation;
  }
}
