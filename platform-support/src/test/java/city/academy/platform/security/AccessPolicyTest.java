package city.academy.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

  private static Caller caller(String person, Set<Role> roles, Set<String> hrOf, Set<String> providerFor) {
    return new Caller(person, "user-" + person, roles, Set.of("NGH"), hrOf, providerFor, null);
  }

  private final Caller staff = caller("P1", Set.of(Role.STAFF), Set.of(), Set.of());
  private final Caller manager = caller("M1", Set.of(Role.STAFF, Role.LINE_MANAGER), Set.of(), Set.of());
  private final Caller hospitalHr = caller("H1", Set.of(Role.STAFF, Role.HR_ADMIN), Set.of("NGH"), Set.of());
  private final Caller careHomeHr = caller("H2", Set.of(Role.STAFF, Role.HR_ADMIN), Set.of("BWC"), Set.of());
  private final Caller admin = caller("A1", Set.of(Role.STAFF, Role.ACADEMY_ADMIN), Set.of(), Set.of());

  @Test
  void aPersonSeesThemselves() {
    assertThat(AccessPolicy.maySeePerson(staff, "P1", List.of("NGH"), List.of())).isTrue();
  }

  @Test
  void aPersonDoesNotSeeAColleague() {
    assertThat(AccessPolicy.maySeePerson(staff, "P2", List.of("NGH"), List.of("M1"))).isFalse();
  }

  @Test
  void aLineManagerSeesTheirTeamOnly() {
    assertThat(AccessPolicy.maySeePerson(manager, "P1", List.of("NGH"), List.of("M1"))).isTrue();
    assertThat(AccessPolicy.maySeePerson(manager, "P3", List.of("NGH"), List.of("M9"))).isFalse();
  }

  @Test
  void theLineManagerRoleIsNeededNotJustTheName() {
    Caller notAManager = caller("M1", Set.of(Role.STAFF), Set.of(), Set.of());
    assertThat(AccessPolicy.maySeePerson(notAManager, "P1", List.of("NGH"), List.of("M1"))).isFalse();
  }

  @Test
  void hrSeesTheirOrganisationsStaffButNotAnothers() {
    assertThat(AccessPolicy.maySeePerson(hospitalHr, "P1", List.of("NGH"), List.of())).isTrue();
    assertThat(AccessPolicy.maySeePerson(careHomeHr, "P1", List.of("NGH"), List.of())).isFalse();
    assertThat(AccessPolicy.maySeeOrganisation(hospitalHr, "NGH")).isTrue();
    assertThat(AccessPolicy.maySeeOrganisation(careHomeHr, "NGH")).isFalse();
  }

  @Test
  void hrSeesSomeoneWithTwoPostsIfOneIsTheirs() {
    assertThat(AccessPolicy.maySeePerson(careHomeHr, "P1", List.of("NGH", "BWC"), List.of())).isTrue();
  }

  @Test
  void anHrGrantWithoutTheRoleCountsForNothing() {
    Caller stale = caller("H1", Set.of(Role.STAFF), Set.of("NGH"), Set.of());
    assertThat(AccessPolicy.maySeeOrganisation(stale, "NGH")).isFalse();
  }

  @Test
  void academyAdminsSeeEveryone() {
    assertThat(AccessPolicy.maySeePerson(admin, "P1", List.of("BWC"), List.of())).isTrue();
    assertThat(AccessPolicy.maySeeOrganisation(admin, "BWC")).isTrue();
  }

  @Test
  void nobodySignedInSeesNothing() {
    assertThat(AccessPolicy.maySeePerson(Caller.anonymous(), "P1", List.of("NGH"), List.of())).isFalse();
    assertThat(AccessPolicy.maySeeOrganisation(Caller.anonymous(), "NGH")).isFalse();
    assertThat(AccessPolicy.mayProvideFor(Caller.anonymous(), "NGH")).isFalse();
  }

  @Test
  void providersManageTheirOwnOrganisationsCourses() {
    Caller provider = caller("T1", Set.of(Role.STAFF, Role.PROVIDER), Set.of(), Set.of("NGH"));
    assertThat(AccessPolicy.mayProvideFor(provider, "NGH")).isTrue();
    assertThat(AccessPolicy.mayProvideFor(provider, "BWC")).isFalse();
    assertThat(AccessPolicy.mayProvideFor(hospitalHr, "NGH")).isFalse();
  }

  @Test
  void claimsBecomeACaller() {
    Caller c = CallerProducer.fromClaims("P1", "staff", Set.of("STAFF", "HR_ADMIN", "SOMETHING_ELSE"), List.of("NGH"), List.of("NGH"), null, "Ada Okafor");
    assertThat(c.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.HR_ADMIN);
    assertThat(c.hrAdminOf()).containsExactly("NGH");
    assertThat(c.providerFor()).isEmpty();
    assertThat(c.personId()).isEqualTo("P1");
    assertThat(c.displayName()).isEqualTo("Ada Okafor");
  }

  @Test
  void passportsAreForThePersonTheirManagerAndTheirHrNotAcademyAdmins() {
    assertThat(AccessPolicy.maySeePassport(staff, "P1", List.of("NGH"), List.of())).isTrue();
    assertThat(AccessPolicy.maySeePassport(manager, "P1", List.of("NGH"), List.of("M1"))).isTrue();
    assertThat(AccessPolicy.maySeePassport(hospitalHr, "P1", List.of("NGH"), List.of())).isTrue();
    assertThat(AccessPolicy.maySeePassport(careHomeHr, "P1", List.of("NGH"), List.of())).isFalse();
    assertThat(AccessPolicy.maySeePassport(admin, "P1", List.of("NGH"), List.of())).isFalse();
    assertThat(AccessPolicy.maySeePassport(staff, "P2", List.of("NGH"), List.of())).isFalse();
    assertThat(AccessPolicy.maySeePassport(Caller.anonymous(), "P1", List.of("NGH"), List.of())).isFalse();
  }

  @Test
  void aCallerWithoutANameIsCalledByTheirUsername() {
    assertThat(staff.displayName()).isEqualTo("user-P1");
  }
}
