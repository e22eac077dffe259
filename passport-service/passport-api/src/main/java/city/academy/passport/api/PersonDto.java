package city.academy.passport.api;

import java.time.LocalDate;
import java.util.List;

/** A person and their employments, as those allowed to see them see them. */
public record PersonDto(
    String personId, String givenName, String familyName, List<EmploymentDto> employments) {

  /** One post, current or past. */
  public record EmploymentDto(
      String organisationCode,
      String organisationName,
      String employeeNumber,
      String staffGroup,
      String jobRole,
      boolean clinical,
      boolean patientFacing,
      String lineManagerPersonId,
      LocalDate startDate,
      LocalDate endDate) {}
}
