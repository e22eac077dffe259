package city.academy.web.security;

import java.util.List;

/**
 * Role names as the services use them in the token's {@code groups} claim and in
 * {@code @RolesAllowed}. Copied from {@code city.academy.platform.security.Role} on purpose: that
 * module carries the services' JAX-RS providers and MP-JWT beans, which the portal must not load.
 * Keep the two in step.
 */
public final class PortalRole {
  public static final String STAFF = "STAFF";
  public static final String LINE_MANAGER = "LINE_MANAGER";
  public static final String HR_ADMIN = "HR_ADMIN";
  public static final String PROVIDER = "PROVIDER";
  public static final String ACADEMY_ADMIN = "ACADEMY_ADMIN";
  /** The portal itself, calling a service on nobody's behalf (to check a password). */
  public static final String SYSTEM = "SYSTEM";

  /** Every role a person can hold, in the order the home page shows them. */
  public static final List<String> PEOPLE =
      List.of(STAFF, LINE_MANAGER, HR_ADMIN, PROVIDER, ACADEMY_ADMIN);

  private PortalRole() {}

  /** A role in words, for people: {@code HR_ADMIN} is "HR admin". */
  public static String describe(String role) {
    if (role == null) {
      return "";
    }
    return switch (role) {
      case STAFF -> "Staff member";
      case LINE_MANAGER -> "Line manager";
      case HR_ADMIN -> "HR admin";
      case PROVIDER -> "Course provider";
      case ACADEMY_ADMIN -> "Academy admin";
      case SYSTEM -> "The portal";
      default -> role;
    };
  }
}
