package city.academy.city;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rules that pick particular people of the demo city, shared by the passport's demo logins and the
 * apprenticeship plan so that both agree on who is who.
 */
public final class DemoPicks {

  /** The hospital trust of the demo city. */
  public static final String HOSPITAL = "NGH";

  private DemoPicks() {}

  /**
   * The person behind the demo {@code staff} login: the first person (in stream order) who manages
   * nobody and whose current post at the hospital is in nursing and midwifery with a line manager;
   * failing that, the first person who manages nobody with a current hospital post with a line
   * manager.
   *
   * @throws IllegalStateException when the people include nobody of the kind
   */
  public static GeneratedPerson hospitalNurse(List<GeneratedPerson> people) {
    Set<String> managers = new HashSet<>();
    people.forEach(p -> p.employments().forEach(e -> {
      if (e.lineManagerPersonId() != null) {
        managers.add(e.lineManagerPersonId());
      }
    }));
    GeneratedPerson fallback = null;
    for (GeneratedPerson p : people) {
      if (managers.contains(p.personId())) {
        continue;
      }
      Optional<GeneratedEmployment> post = currentPost(p, HOSPITAL).filter(e -> e.lineManagerPersonId() != null);
      if (post.isEmpty()) {
        continue;
      }
      if (post.get().staffGroup().equals("NURSING_MIDWIFERY")) {
        return p;
      }
      if (fallback == null) {
        fallback = p;
      }
    }
    if (fallback == null) {
      throw new IllegalStateException("The demo city has no hospital staff with a line manager.");
    }
    return fallback;
  }

  /** The person's first current post at the organisation, if any. */
  static Optional<GeneratedEmployment> currentPost(GeneratedPerson person, String organisationCode) {
    return person.employments().stream()
        .filter(e -> e.organisationCode().equals(organisationCode) && e.endDate() == null)
        .findFirst();
  }
}
