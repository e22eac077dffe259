package city.academy.city;

import java.time.LocalDate;

/**
 * A post a person holds or held.
 *
 * @param organisationCode employer
 * @param employeeNumber 8 digits, unique within the employer
 * @param staffGroup framework staff group code
 * @param jobRole job title matching the staff group
 * @param clinical from the staff group
 * @param patientFacing true for clinical posts and some non-clinical ones (receptionists, porters)
 * @param lineManagerPersonId passport id of a person of the same organisation emitted earlier in
 *     the stream, or {@code null}
 * @param startDate first day in post (in the past)
 * @param endDate {@code null} for a current post
 */
public record GeneratedEmployment(
    String organisationCode,
    String employeeNumber,
    String staffGroup,
    String jobRole,
    boolean clinical,
    boolean patientFacing,
    String lineManagerPersonId,
    LocalDate startDate,
    LocalDate endDate) {

  /** True when the post has not ended. */
  public boolean current() {
    return endDate == null;
  }
}
