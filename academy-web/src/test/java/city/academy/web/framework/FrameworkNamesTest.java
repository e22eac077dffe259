package city.academy.web.framework;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.passport.api.TrainingFrameworkDto;
import city.academy.passport.api.TrainingFrameworkDto.LevelDto;
import city.academy.passport.api.TrainingFrameworkDto.OrganisationTypeDto;
import city.academy.passport.api.TrainingFrameworkDto.StaffGroupDto;
import city.academy.passport.api.TrainingFrameworkDto.SubjectDto;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameworkNamesTest {

  @Test
  void collectsTheFrameworksNamesForItsCodes() {
    TrainingFrameworkDto framework =
        new TrainingFrameworkDto(
            "cstf-england",
            "2026.1",
            "CSTF",
            LocalDate.of(2026, 4, 1),
            List.of(),
            List.of(new OrganisationTypeDto("NHS_TRUST", "NHS trust or foundation trust", "HEALTH")),
            List.of(new StaffGroupDto("NURSING_MIDWIFERY", "Nursing and Midwifery Registered", "HEALTH", true)),
            List.of(
                new SubjectDto(
                    "FIRE_SAFETY",
                    "Fire Safety",
                    true,
                    List.of(new LevelDto("1", "Level 1", 1, 24, 1.0, "SFH", "high", null)))),
            List.of());

    Map<String, String> names = FrameworkNames.namesOf(framework);

    assertThat(names)
        .containsEntry("staffGroup:NURSING_MIDWIFERY", "Nursing and Midwifery Registered")
        .containsEntry("organisationType:NHS_TRUST", "NHS trust or foundation trust")
        .containsEntry("subject:FIRE_SAFETY", "Fire Safety")
        .containsEntry("level:FIRE_SAFETY:1", "Level 1");
  }

  @Test
  void anEmptyFrameworkGivesNoNames() {
    TrainingFrameworkDto empty = new TrainingFrameworkDto("x", "1", "x", null, null, null, null, null, null);
    assertThat(FrameworkNames.namesOf(empty)).isEmpty();
  }
}
