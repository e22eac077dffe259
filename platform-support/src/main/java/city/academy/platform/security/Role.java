package city.academy.platform.security;

/**
 * The roles of the product brief. The names are the {@code groups} claim of the token and the
 * role names used in {@code @RolesAllowed}.
 */
public enum Role {
  /** A member of staff (learner): sees their own passport and bookings. */
  STAFF,
  /** Approves their team's bookings and sees the team's compliance. */
  LINE_MANAGER,
  /** HR / L&amp;D admin of one or more organisations. */
  HR_ADMIN,
  /** A partner's training team: publishes courses and sessions. */
  PROVIDER,
  /** City-wide academy administrator. */
  ACADEMY_ADMIN,
  /** The portal itself, calling a service on nobody's behalf (e.g. to check a password). */
  SYSTEM;

  public static final String STAFF_NAME = "STAFF";
  public static final String LINE_MANAGER_NAME = "LINE_MANAGER";
  public static final String HR_ADMIN_NAME = "HR_ADMIN";
  public static final String PROVIDER_NAME = "PROVIDER";
  public static final String ACADEMY_ADMIN_NAME = "ACADEMY_ADMIN";
  public static final String SYSTEM_NAME = "SYSTEM";

  /** Every role a person can hold (all but {@link #SYSTEM}). */
  public static final String[] PEOPLE = {
    STAFF_NAME, LINE_MANAGER_NAME, HR_ADMIN_NAME, PROVIDER_NAME, ACADEMY_ADMIN_NAME
  };
}
