package city.academy.passport.access.domain;

import city.academy.passport.organisation.domain.Organisation;
import city.academy.passport.people.domain.Person;
import city.academy.platform.security.Role;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A sign-in account of the embedded identity store, belonging to one person. */
@Entity
@Table(name = "user_account")
public class UserAccount {
  public static final int USERNAME_MAX = 64;

  @Id
  @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = USERNAME_MAX)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 255)
  private String passwordHash;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @Column(nullable = false)
  private boolean enabled;

  @OneToMany(mappedBy = "account", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
  private List<RoleGrant> grants = new ArrayList<>();

  protected UserAccount() {}

  public UserAccount(String username, String passwordHash, Person person) {
    if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
      throw new IllegalArgumentException(
          "A username is 2 to 64 lower-case letters, digits, dots, dashes or underscores.");
    }
    this.username = username;
    this.passwordHash = passwordHash;
    this.person = person;
    this.enabled = true;
  }

  public void grant(Role role, Organisation organisation) {
    grants.add(new RoleGrant(this, role, organisation));
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Person person() {
    return person;
  }

  public boolean enabled() {
    return enabled;
  }

  public List<RoleGrant> grants() {
    return Collections.unmodifiableList(grants);
  }

  /** Codes of the organisations where this account holds the role. */
  public Set<String> organisationsFor(Role role) {
    Set<String> codes = new TreeSet<>();
    for (RoleGrant grant : grants) {
      if (grant.role() == role && grant.organisation() != null) {
        codes.add(grant.organisation().code());
      }
    }
    return codes;
  }
}
