package city.academy.passport.compliance.domain;

import city.academy.passport.framework.domain.Post;
import city.academy.passport.records.domain.Evidence;
import java.util.List;

/**
 * A person as compliance sees them: their posts in the scope (an organisation, or the city) and
 * their framework records.
 *
 * @param organisations codes of the organisations of those posts, in the same order
 * @param lineManagers passport identities of the line managers of those posts, each once
 */
public record StaffMember(
    long id, String passportId, String displayName, List<Post> posts, List<String> organisations, List<? extends Evidence> records,
    List<String> lineManagers) {

  public StaffMember(long id, String passportId, String displayName, List<Post> posts, List<String> organisations,
      List<? extends Evidence> records) {
    this(id, passportId, displayName, posts, organisations, records, List.of());
  }
}
