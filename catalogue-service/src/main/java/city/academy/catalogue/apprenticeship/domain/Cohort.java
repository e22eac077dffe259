package city.academy.catalogue.apprenticeship.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** One intake of a programme: its training provider, start date and the employers taking part. */
@Entity
@Table(name = "apprenticeship_cohort")
public class Cohort {

  @Id
  @SequenceGenerator(name = "cohort_seq", sequenceName = "apprenticeship_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cohort_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "programme_id")
  private Programme programme;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "provider_code", nullable = false, length = 16)
  private String providerCode;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "academy_contact", length = 200)
  private String academyContact;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "apprenticeship_cohort_employer", joinColumns = @JoinColumn(name = "cohort_id"))
  @Column(name = "org_code", length = 16)
  private Set<String> employerCodes = new TreeSet<>();

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Cohort() {}

  /**
   * @param employerCodes organisation codes (known organisations: checked by the caller)
   * @throws IllegalArgumentException for a blank name, no provider, no start date or no employer
   */
  public Cohort(Programme programme, String name, String providerCode, LocalDate startDate, String academyContact,
      Collection<String> employerCodes, OffsetDateTime now) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Give the cohort a name, e.g. Data Analyst L4 — January 2026.");
    }
    if (name.strip().length() > 200) {
      throw new IllegalArgumentException("A cohort's name is at most 200 characters.");
    }
    if (providerCode == null || providerCode.isBlank()) {
      throw new IllegalArgumentException("Give the organisation code of the training provider.");
    }
    if (startDate == null) {
      throw new IllegalArgumentException("Give the cohort's start date.");
    }
    if (academyContact != null && academyContact.strip().length() > 200) {
      throw new IllegalArgumentException("The academy contact is at most 200 characters.");
    }
    if (employerCodes == null || employerCodes.stream().allMatch(c -> c == null || c.isBlank())) {
      throw new IllegalArgumentException("Name at least one employer taking part.");
    }
    this.programme = programme;
    this.name = name.strip();
    this.providerCode = code(providerCode);
    this.startDate = startDate;
    this.academyContact = academyContact == null || academyContact.isBlank() ? null : academyContact.strip();
    employerCodes.stream().filter(c -> c != null && !c.isBlank()).map(Cohort::code).forEach(this.employerCodes::add);
    this.createdAt = now;
  }

  public static String code(String organisationCode) {
    return organisationCode.strip().toUpperCase(Locale.ROOT);
  }

  public Long id() {
    return id;
  }

  public Programme programme() {
    return programme;
  }

  public String name() {
    return name;
  }

  public String providerCode() {
    return providerCode;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public String academyContact() {
    return academyContact;
  }

  public Set<String> employerCodes() {
    return Set.copyOf(employerCodes);
  }

  public boolean employs(String organisationCode) {
    return employerCodes.contains(organisationCode);
  }
}
