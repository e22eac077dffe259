package city.academy.passport.access.domain;

import java.util.Optional;

/** Where sign-in accounts are kept. */
public interface UserAccountRepository {
  Optional<UserAccount> byUsername(String username);

  UserAccount add(UserAccount account);

  /** Whether the person has an enabled account that is HR admin of the organisation now. */
  boolean isHrAdmin(String passportId, String organisationCode);
}
