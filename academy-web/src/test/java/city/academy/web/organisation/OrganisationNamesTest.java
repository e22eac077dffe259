package city.academy.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.passport.api.OrganisationDto;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationNamesTest {

  @Test
  void namesByCode() {
    assertThat(
            OrganisationNames.namesOf(
                List.of(
                    new OrganisationDto("NGH", "Northgate General Hospital", "NHS_TRUST", "HEALTH"),
                    new OrganisationDto("BWC", "Brookwood Care", "CARE_PROVIDER", "SOCIAL_CARE"),
                    new OrganisationDto("X", " ", null, null),
                    new OrganisationDto(null, "No code", null, null))))
        .containsOnly(
            org.assertj.core.api.Assertions.entry("NGH", "Northgate General Hospital"),
            org.assertj.core.api.Assertions.entry("BWC", "Brookwood Care"));
    assertThat(OrganisationNames.namesOf(null)).isEmpty();
    assertThat(OrganisationNames.namesOf(Arrays.asList())).isEmpty();
  }
}
