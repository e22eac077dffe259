package city.academy.platform.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The person (or system) behind a request, as the signed token says.
 *
 * @param personId passport identity, or {@code null} for a system caller
 * @param username login name
 * @param roles roles held
 * @param employedAt organisation codes where the person currently works
 * @param hrAdminOf organisation codes where the person is HR admin
 * @param providerFor organisation codes the person publishes training for
 * @param displayName the person's name, for logs people read (falls back to the username)
 */
public record Caller(
    String personId,
    String username,
    Set<Role> roles,
    Set<String> employedAt,
    Set<String> hrAdminOf,
    Set<String> providerFor,
    String displayName) {

  public Caller {
    displayName = displayName == null || displayName.isBlank() ? username : displayName;
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    employedAt = Set.copyOf(employedAt);
    hrAdminOf = Set.copyOf(hrAdminOf);
    providerFor = Set.copyOf(providerFor);
  }

  /** Nobody: used when there is no token. Holds no role and may see nothing private. */
  public static Caller anonymous() {
    return new Caller(null, null, Set.of(), Set.of(), Set.of(), Set.of(), null);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isAuthenticated() {
    return username != null;
  }
}
