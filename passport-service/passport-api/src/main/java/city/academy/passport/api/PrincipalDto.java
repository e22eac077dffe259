package city.academy.passport.api;

import java.util.List;

/**
 * Who a signed-in user is: the facts the portal puts into the token it sends to the services.
 *
 * @param username login name
 * @param personId passport identity
 * @param displayName name to greet them by
 * @param roles role names (see {@code Role})
 * @param employments current posts (organisation code and name, job role)
 * @param hrAdminOf organisation codes they are HR admin of
 * @param providerFor organisation codes they publish training for
 */
public record PrincipalDto(
    String username,
    String personId,
    String displayName,
    List<String> roles,
    List<PostDto> employments,
    List<String> hrAdminOf,
    List<String> providerFor) {

  /** A current post. */
  public record PostDto(String organisationCode, String organisationName, String jobRole, String staffGroup) {}
}
