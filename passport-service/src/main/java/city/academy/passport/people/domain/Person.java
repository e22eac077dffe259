package city.academy.passport.people.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A person with one city-wide passport identity, whatever organisations they work for. A person
 * who leaves every post keeps their passport.
 */
@Entity
@Table(name = "person")
public class Person {
  public static final int PASSPORT_ID_MAX = 16;
  public static final int NAME_MAX = 100;
  public static final int EMAIL_MAX = 254;

  @Id
  @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
  private Long id;

  @Column(name = "passport_id", nullable = false, unique = true, length = PASSPORT_ID_MAX)
  private String passportId;

  @Column(name = "given_name", nullable = false, length = NAME_MAX)
  private String givenName;

  @Column(name = "family_name", nullable = false, length = NAME_MAX)
  private String familyName;

  @Column(length = EMAIL_MAX)
  private String email;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @OneToMany(mappedBy = "person", cascade = CascadeType.PERSIST)
  @OrderBy("startDate")
  private List<Employment> employments = new ArrayList<>();

  protected Person() {}

  public Person(String passportId, String givenName, String familyName, String email) {
    this.passportId = required(passportId, "passport identity", PASSPORT_ID_MAX);
    this.givenName = required(givenName, "given name", NAME_MAX);
    this.familyName = required(familyName, "family name", NAME_MAX);
    if (email != null && email.length() > EMAIL_MAX) {
      throw new IllegalArgumentException("An email address can be at most " + EMAIL_MAX + " characters.");
    }
    this.email = email;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** Something shaped like an address: one @, a dot in the domain, no spaces. */
  private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /**
   * A new email address (the old one did not work, or the person has a new one). Refused when it is
   * blank, too long or not shaped like an address.
   */
  public void changeEmail(String newEmail) {
    String address = newEmail == null ? "" : newEmail.strip();
    if (address.isEmpty()) {
      throw new IllegalArgumentException("Give the new email address.");
    }
    if (address.length() > EMAIL_MAX) {
      throw new IllegalArgumentException("An email address can be at most " + EMAIL_MAX + " characters.");
    }
    if (!ADDRESS.matcher(address).matches()) {
      throw new IllegalArgumentException("\"" + address + "\" is not an email address; write it like name@example.org.");
    }
    this.email = address;
  }

  private static String required(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A person needs a " + field + ".");
    }
    if (value.length() > max) {
      throw new IllegalArgumentException("A " + field + " can be at most " + max + " characters.");
    }
    return value.strip();
  }

  /** Adds a post. Two concurrent posts are normal; the same post number twice is not. */
  public Employment addEmployment(Employment employment) {
    for (Employment existing : employments) {
      if (existing.organisation().equals(employment.organisation())
          && existing.employeeNumber().equals(employment.employeeNumber())) {
        throw new IllegalArgumentException(
            "Employee number " + employment.employeeNumber() + " is already recorded for this person.");
      }
    }
    employment.attachTo(this);
    employments.add(employment);
    return employment;
  }

  /** Posts held on a day. */
  public List<Employment> employmentsOn(LocalDate day) {
    return employments.stream().filter(e -> e.isCurrentOn(day)).toList();
  }

  /** Codes of the organisations where this person holds a post on the day (who may see them as HR). */
  public List<String> organisationCodesOn(LocalDate day) {
    return employmentsOn(day).stream().map(e -> e.organisation().code()).toList();
  }

  /** Passport identities of this person's line managers on the day (who may see them as manager). */
  public List<String> lineManagerIdsOn(LocalDate day) {
    return employmentsOn(day).stream().map(Employment::lineManager).filter(Objects::nonNull).map(Person::passportId).toList();
  }

  /** Every post, current or past, earliest start first (whichever way they were loaded). */
  public List<Employment> employments() {
    return employments.stream().sorted(java.util.Comparator.comparing(Employment::startDate)).toList();
  }

  public Long id() {
    return id;
  }

  public String passportId() {
    return passportId;
  }

  public String givenName() {
    return givenName;
  }

  public String familyName() {
    return familyName;
  }

  public String displayName() {
    return givenName + " " + familyName;
  }

  public String email() {
    return email;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Person that && Objects.equals(passportId, that.passportId);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(passportId);
  }
}
