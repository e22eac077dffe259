package city.academy.passport.people.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.academy.passport.organisation.domain.Organisation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonTest {
  private final Organisation hospital = new Organisation("NGH", "Northgate Hospitals", "NHS_TRUST", "HEALTH");
  private final Organisation careHome = new Organisation("BWC", "Beechwood Care Homes", "CARE_PROVIDER", "SOCIAL_CARE");

  private Employment post(Organisation org, String number, LocalDate start, LocalDate end) {
    return new Employment(org, number, "NURSING_MIDWIFERY", "Staff Nurse", true, true, null, start, end);
  }

  @Test
  void twoConcurrentPostsAreNormal() {
    Person person = new Person("OWA-AAAA1111", "Ada", "Okafor", null);
    person.addEmployment(post(hospital, "1001", LocalDate.of(2020, 1, 1), null));
    person.addEmployment(post(careHome, "77", LocalDate.of(2024, 6, 1), null));
    assertThat(person.employmentsOn(LocalDate.of(2025, 1, 1))).hasSize(2);
    assertThat(person.employmentsOn(LocalDate.of(2022, 1, 1))).hasSize(1);
  }

  @Test
  void aPostEndsAtTheEndOfItsLastDay() {
    Employment e = post(hospital, "1", LocalDate.of(2020, 1, 1), LocalDate.of(2024, 3, 31));
    assertThat(e.isCurrentOn(LocalDate.of(2024, 3, 31))).isTrue();
    assertThat(e.isCurrentOn(LocalDate.of(2024, 4, 1))).isFalse();
    assertThat(e.isCurrentOn(LocalDate.of(2019, 12, 31))).isFalse();
  }

  @Test
  void aPostCannotEndBeforeItStarts() {
    assertThatThrownBy(() -> post(hospital, "1", LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1)))
        .hasMessageContaining("cannot end");
  }

  @Test
  void theSameEmployeeNumberTwiceIsRefused() {
    Person person = new Person("OWA-AAAA1111", "Ada", "Okafor", null);
    person.addEmployment(post(hospital, "1001", LocalDate.of(2020, 1, 1), null));
    assertThatThrownBy(() -> person.addEmployment(post(hospital, "1001", LocalDate.of(2021, 1, 1), null)))
        .hasMessageContaining("1001");
  }

  @Test
  void nobodyManagesThemselves() {
    Person person = new Person("OWA-AAAA1111", "Ada", "Okafor", null);
    Employment own = new Employment(hospital, "5", "ADMIN_CLERICAL", "Manager", false, false, person, LocalDate.of(2020, 1, 1), null);
    assertThatThrownBy(() -> person.addEmployment(own)).hasMessageContaining("own line manager");
  }

  @Test
  void namesAreRequiredAndBounded() {
    assertThatThrownBy(() -> new Person("OWA-1", " ", "Okafor", null)).hasMessageContaining("given name");
    assertThatThrownBy(() -> new Person("OWA-1", "A".repeat(101), "Okafor", null)).hasMessageContaining("at most 100");
  }
}
