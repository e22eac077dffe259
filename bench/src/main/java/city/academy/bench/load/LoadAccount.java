package city.academy.bench.load;

import java.util.Objects;

/**
 * A sign-in for one virtual user.
 *
 * @param username as typed on the sign-in page
 * @param password in clear: these are demonstration and load accounts only
 * @param role what the virtual user does: {@code HR_ADMIN} adds transfer checks to the staff mix;
 *     anything else ({@code STAFF}, {@code LINE_MANAGER}, ...) plays a member of staff
 * @param personId the person's passport identity ({@code OWA-...}) when known; {@code null} makes
 *     the virtual user read it from its profile page after signing in
 */
public record LoadAccount(String username, String password, String role, String personId) {
  public static final String STAFF = "STAFF";
  public static final String HR_ADMIN = "HR_ADMIN";

  public LoadAccount {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    role = role == null || role.isBlank() ? STAFF : role;
  }

  /** A sign-in whose person the virtual user finds out for itself. */
  public LoadAccount(String username, String password, String role) {
    this(username, password, role, null);
  }

  public boolean hrAdmin() {
    return HR_ADMIN.equals(role);
  }

  @Override
  public String toString() {
    // never the password, should a result be logged
    return username + " (" + role + (personId == null ? "" : ", " + personId) + ")";
  }
}
