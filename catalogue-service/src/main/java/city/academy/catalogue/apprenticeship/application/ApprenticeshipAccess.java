package city.academy.catalogue.apprenticeship.application;

import city.academy.catalogue.apprenticeship.domain.Apprentice;
import city.academy.catalogue.apprenticeship.domain.Cohort;
import city.academy.catalogue.apprenticeship.domain.CohortRepository;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who may see and do what with apprenticeships (docs/apprenticeships.md, "Who sees what"). An
 * employer never sees another employer's apprentices.
 */
final class ApprenticeshipAccess {

  private ApprenticeshipAccess() {}

  static boolean admin(Caller caller) {
    return caller.has(Role.ACADEMY_ADMIN);
  }

  static void requireAdmin(Caller caller) {
    if (!admin(caller)) {
      throw ProblemException.forbidden("Only academy admins may do this.");
    }
  }

  static boolean providerOf(Caller caller, Cohort cohort) {
    return caller.has(Role.PROVIDER) && caller.providerFor().contains(cohort.providerCode());
  }

  static boolean hrOf(Caller caller, String organisationCode) {
    return caller.has(Role.HR_ADMIN) && caller.hrAdminOf().contains(organisationCode);
  }

  /**
   * The cohorts the caller may list, the same as those they may open: null for every cohort
   * (academy admins); an HR admin's organisations' as employers, a provider's as training provider.
   */
  static CohortRepository.Visible cohortsVisibleTo(Caller caller) {
    if (admin(caller)) {
      return null;
    }
    return new CohortRepository.Visible(caller.has(Role.HR_ADMIN) ? caller.hrAdminOf() : Set.of(),
        caller.has(Role.PROVIDER) ? caller.providerFor() : Set.of());
  }

  /**
   * The employers whose apprentices of the cohort the caller may see: null for all of them (academy
   * admins, the cohort's training provider), an HR admin's own organisations among the cohort's.
   *
   * @throws ProblemException 403 for anyone else
   */
  static Set<String> employerScope(Caller caller, Cohort cohort) {
    if (admin(caller) || providerOf(caller, cohort)) {
      return null;
    }
    Set<String> own = new HashSet<>();
    for (String employer : cohort.employerCodes()) {
      if (hrOf(caller, employer)) {
        own.add(employer);
      }
    }
    if (own.isEmpty()) {
      throw ProblemException.forbidden("This cohort has no apprentices from an organisation you are HR admin of.");
    }
    return own;
  }

  static boolean mayRead(Caller caller, Apprentice a) {
    return admin(caller) || Objects.equals(caller.personId(), a.personId()) || managerOf(caller, a) || hrOf(caller, a.employerCode())
        || providerOf(caller, a.cohort());
  }

  static void requireRead(Caller caller, Apprentice a) {
    if (!mayRead(caller, a)) {
      throw ProblemException.forbidden("You may see only your own apprenticeship, the apprentices you manage, or your organisation's.");
    }
  }

  /** Confirm hours and record reviews: the line manager, the employer's HR, the cohort's provider, admins — never the apprentice. */
  static void requireSupervisor(Caller caller, Apprentice a, String what) {
    if (Objects.equals(caller.personId(), a.personId())) {
      throw ProblemException.forbidden("You cannot " + what + " for yourself; your line manager or the provider does that.");
    }
    if (!(admin(caller) || managerOf(caller, a) || hrOf(caller, a.employerCode()) || providerOf(caller, a.cohort()))) {
      throw ProblemException.forbidden("Only the apprentice's line manager, their employer's HR admins, the training provider or an"
          + " academy admin may " + what + ".");
    }
  }

  static void requireSelf(Caller caller, Apprentice a) {
    if (!Objects.equals(caller.personId(), a.personId())) {
      throw ProblemException.forbidden("Only the apprentice logs their own off-the-job hours.");
    }
  }

  /** Equality answers: the person themself and academy admins. */
  static void requireEqualityReader(Caller caller, Apprentice a) {
    if (!(admin(caller) || Objects.equals(caller.personId(), a.personId()))) {
      throw ProblemException.forbidden("Equality monitoring answers are seen only by the person and academy admins.");
    }
  }

  private static boolean managerOf(Caller caller, Apprentice a) {
    return caller.personId() != null && caller.personId().equals(a.lineManagerPersonId());
  }
}
