package city.academy.passport.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A new post at an organisation, entered by its HR. Either names a person who already has a
 * passport ({@code personId}: someone moving in from a partner, or taking a second post) or gives
 * a new person's name, who then gets a passport identity.
 *
 * <p>The canonical constructor is written out on purpose (see {@link PasswordCheckRequest}).
 */
public record EmploymentRequest(
    @Pattern(regexp = "[A-Z0-9-]{1,16}", message = "A passport identity looks like OWA-7K3M9QX2.") String personId,
    @Size(max = 100, message = "A given name is at most 100 characters.") String givenName,
    @Size(max = 100, message = "A family name is at most 100 characters.") String familyName,
    @Size(max = 254, message = "An email address is at most 254 characters.") String email,
    @NotBlank(message = "Give the employee number.") @Size(max = 32, message = "An employee number is at most 32 characters.") String employeeNumber,
    @NotBlank(message = "Name the staff group.") @Size(max = 48, message = "A staff group code is at most 48 characters.") String staffGroup,
    @NotBlank(message = "Name the job role.") @Size(max = 100, message = "A job role is at most 100 characters.") String jobRole,
    boolean clinical,
    boolean patientFacing,
    @Pattern(regexp = "[A-Z0-9-]{1,16}", message = "A line manager's passport identity looks like OWA-7K3M9QX2.") String lineManagerId,
    @NotNull(message = "Give the start date.") LocalDate startDate,
    LocalDate endDate) {

  public EmploymentRequest(String personId, String givenName, String familyName, String email, String employeeNumber,
      String staffGroup, String jobRole, boolean clinical, boolean patientFacing, String lineManagerId,
      LocalDate startDate, LocalDate endDate) {
    this.personId = personId;
    this.givenName = givenName;
    this.familyName = familyName;
    this.email = email;
    this.employeeNumber = employeeNumber;
    this.staffGroup = staffGroup;
    this.jobRole = jobRole;
    this.clinical = clinical;
    this.patientFacing = patientFacing;
    this.lineManagerId = lineManagerId;
    this.startDate = startDate;
    this.endDate = endDate;
  }
}
