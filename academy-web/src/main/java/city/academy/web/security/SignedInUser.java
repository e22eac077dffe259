package city.academy.web.security;

import city.academy.passport.api.PrincipalDto;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The passport service's {@link PrincipalDto}, copied into a serializable form so the HTTP session
 * that holds it can be passivated or replicated across a cluster.
 */
public record SignedInUser(
    String username,
    String personId,
    String displayName,
    List<String> roles,
    List<Post> posts,
    List<String> hrAdminOf,
    List<String> providerFor)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A current post. */
  public record Post(String organisationCode, String organisationName, String jobRole, String staffGroup)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  public SignedInUser {
    Objects.requireNonNull(username, "username");
    roles = copy(roles);
    posts = posts == null ? List.of() : List.copyOf(posts);
    hrAdminOf = copy(hrAdminOf);
    providerFor = copy(providerFor);
  }

  public static SignedInUser of(PrincipalDto principal) {
    return new SignedInUser(
        principal.username(),
        principal.personId(),
        principal.displayName(),
        principal.roles(),
        principal.employments() == null
            ? List.of()
            : principal.employments().stream()
                .map(e -> new Post(e.organisationCode(), e.organisationName(), e.jobRole(), e.staffGroup()))
                .toList(),
        principal.hrAdminOf(),
        principal.providerFor());
  }

  public boolean has(String role) {
    return roles.contains(role);
  }

  /** Codes of the organisations where the person currently works, each once. */
  public List<String> organisationCodes() {
    return posts.stream().map(Post::organisationCode).filter(Objects::nonNull).distinct().toList();
  }

  private static List<String> copy(List<String> values) {
    return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
  }
}
