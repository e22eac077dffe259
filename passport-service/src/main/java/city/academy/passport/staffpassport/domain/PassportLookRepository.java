package city.academy.passport.staffpassport.domain;

import city.academy.passport.people.domain.Person;
import java.util.List;

/** The access log: append-only. */
public interface PassportLookRepository {
  PassportLook add(PassportLook look);

  /** A person's log, newest first. */
  List<PassportLook> of(Person person);
}
