package city.academy.platform.security;

import java.util.Collection;
import java.util.Objects;

/**
 * The one place that decides whether a caller may see an organisation's or a person's data.
 * Resources ask it; they never decide on their own.
 *
 * <p>A person sees their own data. An organisation's HR admins see the people who work (or have
 * an employment starting) there. A line manager sees the people they manage. Academy admins see
 * everything city-wide. Anyone else sees a person only through consent (added with the passport
 * transfer check), never here.
 */
public final class AccessPolicy {

  private AccessPolicy() {}

  /** May the caller see this organisation's own (non-public) data: staff lists, dashboards? */
  public static boolean maySeeOrganisation(Caller caller, String organisationCode) {
    Objects.requireNonNull(caller, "caller");
    if (organisationCode == null) {
      return false;
    }
    return caller.has(Role.ACADEMY_ADMIN)
        || (caller.has(Role.HR_ADMIN) && caller.hrAdminOf().contains(organisationCode));
  }

  /**
   * May the caller see lists of this organisation's people with their training (whose training
   * expires, who is behind a count)? Its own HR admins only: academy admins see figures, not people.
   */
  public static boolean maySeeStaffOf(Caller caller, String organisationCode) {
    Objects.requireNonNull(caller, "caller");
    return caller.has(Role.HR_ADMIN) && caller.hrAdminOf().contains(organisationCode);
  }

  /** May the caller add and end posts at this organisation (its own HR admins only)? */
  public static boolean mayEmployFor(Caller caller, String organisationCode) {
    Objects.requireNonNull(caller, "caller");
    return caller.has(Role.HR_ADMIN) && caller.hrAdminOf().contains(organisationCode);
  }

  /** May the caller manage this organisation's courses and sessions? */
  public static boolean mayProvideFor(Caller caller, String organisationCode) {
    Objects.requireNonNull(caller, "caller");
    return caller.has(Role.ACADEMY_ADMIN)
        || (caller.has(Role.PROVIDER) && caller.providerFor().contains(organisationCode));
  }

  /**
   * May the caller see this person's passport and training record? The person, their line manager
   * and their organisation's HR admins may. Academy admins see aggregates, not individuals; another
   * organisation sees a passport only through the person's share code (the transfer check).
   */
  public static boolean maySeePassport(
      Caller caller,
      String personId,
      Collection<String> organisationsOfPerson,
      Collection<String> lineManagersOfPerson) {
    Objects.requireNonNull(caller, "caller");
    if (!caller.isAuthenticated() || personId == null) {
      return false;
    }
    return personId.equals(caller.personId())
        || managesThem(caller, lineManagersOfPerson)
        || organisationsOfPerson.stream().anyMatch(org -> caller.has(Role.HR_ADMIN) && caller.hrAdminOf().contains(org));
  }

  /** Is the caller (with the line manager role) one of these line managers? */
  public static boolean managesThem(Caller caller, Collection<String> lineManagersOfPerson) {
    return caller.has(Role.LINE_MANAGER)
        && caller.personId() != null
        && lineManagersOfPerson.contains(caller.personId());
  }

  /**
   * May the caller see this person's data?
   *
   * @param personId the person's passport identity
   * @param organisationsOfPerson codes of the organisations where the person is employed
   * @param lineManagersOfPerson passport identities of the person's current line managers
   */
  public static boolean maySeePerson(
      Caller caller,
      String personId,
      Collection<String> organisationsOfPerson,
      Collection<String> lineManagersOfPerson) {
    Objects.requireNonNull(caller, "caller");
    if (!caller.isAuthenticated() || personId == null) {
      return false;
    }
    if (personId.equals(caller.personId()) || caller.has(Role.ACADEMY_ADMIN)) {
      return true;
    }
    if (managesThem(caller, lineManagersOfPerson)) {
      return true;
    }
    return organisationsOfPerson.stream().anyMatch(org -> maySeeOrganisation(caller, org));
  }
}
