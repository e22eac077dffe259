package city.academy.catalogue.apprenticeship.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the passport service says of people and organisations, asked with the signed-in person's
 * own token (the passport's access rules decide what they may read).
 */
public interface PassportPeople {

  /** A person and their current posts. */
  record PersonAtWork(String personId, String name, List<Post> posts) {
    public Optional<Post> at(String organisationCode) {
      return posts.stream().filter(p -> p.organisationCode().equals(organisationCode)).findFirst();
    }
  }

  /** A current post: where, and who manages it. */
  record Post(String organisationCode, String lineManagerPersonId) {}

  /** @return the person, or empty when the passport has nobody with that identity */
  Optional<PersonAtWork> person(String personId);

  /** Every partner organisation's code. */
  Set<String> organisationCodes();
}
