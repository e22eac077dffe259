package city.academy.passport.demo;

import city.academy.city.DemoPicks;
import city.academy.city.GeneratedEmployment;
import city.academy.city.GeneratedOrganisation;
import city.academy.city.GeneratedPerson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who plays which demo role, picked from the generated demo city by fixed rules so that the same
 * seed always gives the same people. Every role of the product brief has a login, and there are
 * two organisations so that "another organisation's data" can be tried.
 */
public final class DemoCast {

  /** A demo login: username, the person behind it, the role granted and for which organisation. */
  public record Login(String username, String personId, String grantedRole, String organisationCode, String description) {}

  public static final String HOSPITAL = "NGH";
  public static final String CARE_HOME = "BWC";

  private DemoCast() {}

  /**
   * @param apprenticePersonId the apprentice of the demo apprenticeship plan
   *     ({@code ApprenticeshipPlan.demoApprenticePersonId()}), or {@code null} for no apprentice login
   */
  public static List<Login> choose(List<GeneratedOrganisation> organisations, List<GeneratedPerson> people, String apprenticePersonId) {
    Set<String> taken = new HashSet<>();
    Map<String, Login> logins = new LinkedHashMap<>();
    // The plain staff logins manage nobody, so they show a plain member of staff's home page.
    Set<String> managers = new HashSet<>();
    people.forEach(p -> p.employments().forEach(e -> {
      if (e.lineManagerPersonId() != null) {
        managers.add(e.lineManagerPersonId());
      }
    }));

    GeneratedPerson staff = DemoPicks.hospitalNurse(people);
    taken.add(staff.personId());
    logins.put("staff", new Login("staff", staff.personId(), null, null, "Staff member (nurse) at the hospital trust"));

    String managerId = current(staff, HOSPITAL).orElseThrow().lineManagerPersonId();
    taken.add(managerId);
    logins.put("manager", new Login("manager", managerId, null, null, "Line manager of the staff member"));

    GeneratedPerson hr = pick(people, taken, p -> current(p, HOSPITAL).filter(e -> e.staffGroup().equals("ADMIN_CLERICAL")).isPresent())
        .orElseThrow(() -> new IllegalStateException("The demo city has no hospital administrator."));
    logins.put("hr", new Login("hr", hr.personId(), "HR_ADMIN", HOSPITAL, "HR admin of the hospital trust"));

    GeneratedPerson provider = pick(people, taken, p -> current(p, HOSPITAL).filter(e -> e.staffGroup().equals("ADMIN_CLERICAL")).isPresent())
        .orElseThrow(() -> new IllegalStateException("The demo city has no second hospital administrator."));
    logins.put("provider", new Login("provider", provider.personId(), "PROVIDER", HOSPITAL, "Course provider (training team) of the hospital trust"));

    String council = organisations.stream().filter(o -> o.type().equals("LOCAL_AUTHORITY")).map(GeneratedOrganisation::code).findFirst().orElse(null);
    GeneratedPerson admin = pick(people, taken, p -> council != null && current(p, council).isPresent())
        .or(() -> pick(people, taken, p -> true)).orElseThrow();
    logins.put("admin", new Login("admin", admin.personId(), "ACADEMY_ADMIN", null, "Academy admin (city-wide)"));

    GeneratedPerson careHr = pick(people, taken, p -> current(p, CARE_HOME).isPresent())
        .orElseThrow(() -> new IllegalStateException("The demo city has no care home staff."));
    logins.put("carehome.hr", new Login("carehome.hr", careHr.personId(), "HR_ADMIN", CARE_HOME, "HR admin of the care home group"));

    GeneratedPerson careStaff = pick(people, taken, p -> !managers.contains(p.personId()) && current(p, CARE_HOME).filter(e -> e.lineManagerPersonId() != null).isPresent())
        .orElseThrow(() -> new IllegalStateException("The demo city has no care worker with a line manager."));
    logins.put("carehome.staff", new Login("carehome.staff", careStaff.personId(), null, null, "Care worker at the care home group"));

    if (apprenticePersonId != null) {
      if (taken.contains(apprenticePersonId) || people.stream().noneMatch(p -> p.personId().equals(apprenticePersonId))) {
        throw new IllegalStateException("The demo apprentice " + apprenticePersonId + " is not a free person of the demo city.");
      }
      logins.put("apprentice", new Login("apprentice", apprenticePersonId, null, null, "Apprentice (Data Analyst L4) at the hospital trust"));
    }

    return new ArrayList<>(logins.values());
  }

  private static Optional<GeneratedPerson> pick(List<GeneratedPerson> people, Set<String> taken, Predicate<GeneratedPerson> test) {
    for (GeneratedPerson person : people) {
      if (!taken.contains(person.personId()) && test.test(person)) {
        taken.add(person.personId());
        return Optional.of(person);
      }
    }
    return Optional.empty();
  }

  private static Optional<GeneratedEmployment> current(GeneratedPerson person, String organisationCode) {
    return person.employments().stream()
        .filter(e -> e.organisationCode().equals(organisationCode) && e.endDate() == null)
        .findFirst();
  }
}
