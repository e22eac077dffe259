package city.academy.passport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.city.ApprenticeshipPlan;
import city.academy.city.CityGenerator;
import city.academy.city.DemoPicks;
import city.academy.city.PlannedApprentice;
import city.academy.city.CityScale;
import city.academy.city.GeneratedPerson;
import city.academy.passport.framework.domain.TrainingFrameworkTest;
import city.academy.passport.framework.infrastructure.FrameworkSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every role has a demo login, played by someone who fits it, the same people every time. */
class DemoCastTest {
  private final CityGenerator generator = new CityGenerator(
      FrameworkSource.read(TrainingFrameworkTest.FILE), CityScale.DEMO, CityGenerator.DEFAULT_SEED, LocalDate.of(2026, 11, 22));
  private final List<GeneratedPerson> people = generator.people().toList();
  private final ApprenticeshipPlan plan = ApprenticeshipPlan.of(generator);
  private final List<DemoCast.Login> cast = DemoCast.choose(generator.organisations(), people, plan.demoApprenticePersonId());
  private final Map<String, DemoCast.Login> byUsername = cast.stream().collect(Collectors.toMap(DemoCast.Login::username, Function.identity()));

  @Test
  void everyRoleHasALoginPlayedByADifferentPerson() {
    assertThat(byUsername).containsOnlyKeys("staff", "manager", "hr", "provider", "admin", "carehome.hr", "carehome.staff", "apprentice");
    assertThat(cast.stream().map(DemoCast.Login::personId).distinct()).hasSize(cast.size());
  }

  @Test
  void theManagerManagesTheStaffMember() {
    GeneratedPerson staff = person(byUsername.get("staff").personId());
    assertThat(staff.employments()).anySatisfy(e -> {
      assertThat(e.organisationCode()).isEqualTo("NGH");
      assertThat(e.lineManagerPersonId()).isEqualTo(byUsername.get("manager").personId());
    });
  }

  @Test
  void thePlainStaffLoginsManageNobody() {
    for (String username : new String[] {"staff", "carehome.staff", "apprentice"}) {
      String id = byUsername.get(username).personId();
      assertThat(people).flatExtracting(GeneratedPerson::employments)
          .noneMatch(e -> id.equals(e.lineManagerPersonId()));
    }
  }

  @Test
  void theTwoHrAdminsBelongToDifferentOrganisations() {
    assertThat(byUsername.get("hr").organisationCode()).isEqualTo("NGH");
    assertThat(byUsername.get("carehome.hr").organisationCode()).isEqualTo("BWC");
    assertThat(person(byUsername.get("carehome.hr").personId()).employments()).anySatisfy(e -> assertThat(e.organisationCode()).isEqualTo("BWC"));
  }

  @Test
  void theSameSeedGivesTheSameCast() {
    CityGenerator again = new CityGenerator(
        FrameworkSource.read(TrainingFrameworkTest.FILE), CityScale.DEMO, CityGenerator.DEFAULT_SEED, LocalDate.of(2026, 11, 22));
    assertThat(DemoCast.choose(again.organisations(), again.people().toList(), ApprenticeshipPlan.of(again).demoApprenticePersonId()))
        .isEqualTo(cast);
  }

  @Test
  void theStaffLoginIsTheSharedHospitalNurse() {
    GeneratedPerson nurse = DemoPicks.hospitalNurse(people);
    assertThat(byUsername.get("staff").personId()).isEqualTo(nurse.personId());
    assertThat(nurse.employments()).anySatisfy(e -> {
      assertThat(e.organisationCode()).isEqualTo("NGH");
      assertThat(e.staffGroup()).isEqualTo("NURSING_MIDWIFERY");
      assertThat(e.current()).isTrue();
    });
  }

  @Test
  void theApprenticeIsAPlainStaffTeammateOfTheStaffLogin() {
    DemoCast.Login apprentice = byUsername.get("apprentice");
    assertThat(apprentice.grantedRole()).isNull();
    assertThat(apprentice.organisationCode()).isNull();
    assertThat(apprentice.description()).isEqualTo("Apprentice (Data Analyst L4) at the hospital trust");
    assertThat(person(apprentice.personId()).employments()).anySatisfy(e -> {
      assertThat(e.organisationCode()).isEqualTo("NGH");
      assertThat(e.lineManagerPersonId()).isEqualTo(byUsername.get("manager").personId());
    });
  }

  @Test
  void noOtherLoginIsAnApprentice() {
    List<String> apprentices = plan.cohorts().stream().flatMap(c -> c.apprentices().stream())
        .map(PlannedApprentice::personId).toList();
    assertThat(apprentices).contains(byUsername.get("apprentice").personId());
    cast.stream().filter(l -> !l.username().equals("apprentice"))
        .forEach(l -> assertThat(apprentices).as(l.username()).doesNotContain(l.personId()));
  }

  private GeneratedPerson person(String id) {
    return people.stream().filter(p -> p.personId().equals(id)).findFirst().orElseThrow();
  }
}
