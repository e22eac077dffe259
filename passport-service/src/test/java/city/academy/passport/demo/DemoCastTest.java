package city.academy.passport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.city.CityGenerator;
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
  private final List<DemoCast.Login> cast = DemoCast.choose(generator.organisations(), people);
  private final Map<String, DemoCast.Login> byUsername = cast.stream().collect(Collectors.toMap(DemoCast.Login::username, Function.identity()));

  @Test
  void everyRoleHasALoginPlayedByADifferentPerson() {
    assertThat(byUsername).containsOnlyKeys("staff", "manager", "hr", "provider", "admin", "carehome.hr", "carehome.staff");
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
    for (String username : new String[] {"staff", "carehome.staff"}) {
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
    assertThat(DemoCast.choose(again.organisations(), again.people().toList())).isEqualTo(cast);
  }

  private GeneratedPerson person(String id) {
    return people.stream().filter(p -> p.personId().equals(id)).findFirst().orElseThrow();
  }
}
