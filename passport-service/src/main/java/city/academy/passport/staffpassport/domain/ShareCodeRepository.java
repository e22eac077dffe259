package city.academy.passport.staffpassport.domain;

import city.academy.passport.people.domain.Person;
import java.util.List;
import java.util.Optional;

/** Where share codes are kept. */
public interface ShareCodeRepository {
  ShareCode add(ShareCode code);

  Optional<ShareCode> byCode(String typed);

  /** A person's codes, newest first. */
  List<ShareCode> of(Person person);
}
