package city.academy.passport.people.domain;

import city.academy.passport.organisation.domain.Organisation;
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
import java.util.Objects;

/** One post a person holds (or held) at an organisation. */
@Entity
@Table(name = "employment")
public class Employment {
  public static final int EMPLOYEE_NUMBER_MAX = 32;
  public static final int STAFF_GROUP_MAX = 48;
  public static final int JOB_ROLE_MAX = 100;

  @Id
  @SequenceGenerator(name = "employment_seq", sequenceName = "employment_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employment_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(name = "employee_number", nullable = false, length = EMPLOYEE_NUMBER_MAX)
  private String employeeNumber;

  @Column(name = "staff_group", nullable = false, length = STAFF_GROUP_MAX)
  private String staffGroup;

  @Column(name = "job_role", nullable = false, length = JOB_ROLE_MAX)
  private String jobRole;

  @Column(nullable = false)
  private boolean clinical;

  @Column(name = "patient_facing", nullable = false)
  private boolean patientFacing;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "line_manager_id")
  private Person lineManager;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  protected Employment() {}

  public Employment(
      Organisation organisation,
      String employeeNumber,
      String staffGroup,
      String jobRole,
      boolean clinical,
      boolean patientFacing,
      Person lineManager,
      LocalDate startDate,
      LocalDate endDate) {
    this.organisation = Objects.requireNonNull(organisation, "An employment needs an organisation.");
    this.employeeNumber = required(employeeNumber, "employee number", EMPLOYEE_NUMBER_MAX);
    this.staffGroup = required(staffGroup, "staff group", STAFF_GROUP_MAX);
    this.jobRole = required(jobRole, "job role", JOB_ROLE_MAX);
    this.clinical = clinical;
    this.patientFacing = patientFacing;
    this.lineManager = lineManager;
    this.startDate = Objects.requireNonNull(startDate, "An employment needs a start date.");
    if (endDate != null && endDate.isBefore(startDate)) {
      throw new IllegalArgumentException(
          "An employment cannot end (" + endDate + ") before it starts (" + startDate + ").");
    }
    this.endDate = endDate;
  }

  private static String required(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("An employment needs a " + field + ".");
    }
    if (value.length() > max) {
      throw new IllegalArgumentException("A " + field + " can be at most " + max + " characters.");
    }
    return value.strip();
  }

  void attachTo(Person person) {
    if (lineManager != null && lineManager.equals(person)) {
      throw new IllegalArgumentException("A person cannot be their own line manager.");
    }
    this.person = person;
  }

  /**
   * The post ends: {@code lastDay} is the last day worked. A post ends once; an end date already
   * set is not moved here.
   */
  public void endOn(LocalDate lastDay) {
    Objects.requireNonNull(lastDay, "Give the last day of the post.");
    if (endDate != null) {
      throw new IllegalStateException("Employee number " + employeeNumber + " already ended on " + endDate + ".");
    }
    if (lastDay.isBefore(startDate)) {
      throw new IllegalArgumentException(
          "An employment cannot end (" + lastDay + ") before it starts (" + startDate + ").");
    }
    this.endDate = lastDay;
  }

  /** Held on this day: started on or before it and not ended before it. */
  public boolean isCurrentOn(LocalDate day) {
    return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
  }

  public Person person() {
    return person;
  }

  public Organisation organisation() {
    return organisation;
  }

  public String employeeNumber() {
    return employeeNumber;
  }

  public String staffGroup() {
    return staffGroup;
  }

  public String jobRole() {
    return jobRole;
  }

  public boolean clinical() {
    return clinical;
  }

  public boolean patientFacing() {
    return patientFacing;
  }

  public Person lineManager() {
    return lineManager;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate endDate() {
    return endDate;
  }
}
