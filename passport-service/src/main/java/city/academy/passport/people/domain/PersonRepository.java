package city.academy.passport.people.domain;

import city.academy.passport.organisation.domain.Organisation;
import city.academy.platform.problem.Paging;
import java.util.List;
import java.util.Optional;

/** Where people and their employments are kept. */
public interface PersonRepository {
  Optional<Person> byPassportId(String passportId);

  Person add(Person person);

  /** The post with this employee number at the organisation, current or past. */
  Optional<Employment> employment(Organisation organisation, String employeeNumber);

  /**
   * Writes pending changes now, so that a clash with a unique rule (an employee number taken by
   * a concurrent request) is reported to the caller rather than at commit.
   *
   * @throws IllegalStateException when the database refuses the change
   */
  void flush();

  /** People with a current post at the organisation, by family name. */
  List<Person> currentStaffOf(Organisation organisation, Paging paging);

  long countCurrentStaffOf(Organisation organisation);

  /** People with a current post that names this person as line manager, by family name. */
  List<Person> currentReportsOf(Person manager);

  /** Does anyone currently have this person as line manager? */
  boolean managesAnyone(Person person);
}
