package city.academy.passport.people.api;

import city.academy.passport.api.PersonDto;
import city.academy.passport.people.domain.Employment;
import city.academy.passport.people.domain.Person;

/** Person entities to the wire. */
public final class PersonMapper {
  private PersonMapper() {}

  public static PersonDto toDto(Person person) {
    return new PersonDto(
        person.passportId(),
        person.givenName(),
        person.familyName(),
        person.employments().stream().map(PersonMapper::toDto).toList());
  }

  static PersonDto.EmploymentDto toDto(Employment e) {
    return new PersonDto.EmploymentDto(
        e.organisation().code(),
        e.organisation().name(),
        e.employeeNumber(),
        e.staffGroup(),
        e.jobRole(),
        e.clinical(),
        e.patientFacing(),
        e.lineManager() == null ? null : e.lineManager().passportId(),
        e.startDate(),
        e.endDate());
  }
}
