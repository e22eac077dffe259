package city.academy.passport.framework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.academy.passport.api.TrainingFrameworkDto;
import city.academy.passport.framework.infrastructure.FrameworkSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The framework as shipped in config/framework, read as the service reads it. */
public class TrainingFrameworkTest {

  public static final String FILE = Path.of("../config/framework/cstf-framework.json").toAbsolutePath().toString();
  private final TrainingFramework framework = new TrainingFramework(FrameworkSource.read(FILE));

  @Test
  void theShippedFrameworkIsConsistentAndCitesItsSources() {
    TrainingFrameworkDto data = framework.data();
    assertThat(data.id()).isEqualTo("cstf-england");
    assertThat(data.subjects()).extracting(TrainingFrameworkDto.SubjectDto::code)
        .contains("FIRE_SAFETY", "INFORMATION_GOVERNANCE", "SAFEGUARDING_ADULTS", "OLIVER_MCGOWAN", "CARE_CERTIFICATE");
    assertThat(data.requirementRules()).isNotEmpty();
    assertThat(data.organisationTypes()).extracting(TrainingFrameworkDto.OrganisationTypeDto::code)
        .contains("NHS_TRUST", "LOCAL_AUTHORITY", "CARE_PROVIDER", "PRIMARY_CARE", "HOSPICE", "VOLUNTARY");
  }

  @Test
  void refresherPeriodsFollowTheFramework() {
    LocalDate done = LocalDate.of(2025, 3, 10);
    assertThat(framework.expiryOf("INFORMATION_GOVERNANCE", "1", done)).contains(LocalDate.of(2026, 3, 10));
    assertThat(framework.expiryOf("FIRE_SAFETY", "1", done)).contains(LocalDate.of(2027, 3, 10));
    assertThat(framework.expiryOf("SAFEGUARDING_ADULTS", "3", done)).contains(LocalDate.of(2028, 3, 10));
  }

  @Test
  void aLeapDayPlusAYearIsTheTwentyEighthOfFebruary() {
    assertThat(framework.expiryOf("INFORMATION_GOVERNANCE", "1", LocalDate.of(2024, 2, 29))).contains(LocalDate.of(2025, 2, 28));
  }

  @Test
  void theCareCertificateDoesNotExpire() {
    assertThat(framework.expiryOf("CARE_CERTIFICATE", "CC", LocalDate.of(2020, 1, 1))).isEmpty();
  }

  @Test
  void aHigherLevelSatisfiesTheLowerOnesNotTheOtherWayRound() {
    assertThat(framework.satisfies("SAFEGUARDING_ADULTS", "3", "2")).isTrue();
    assertThat(framework.satisfies("SAFEGUARDING_ADULTS", "3", "1")).isTrue();
    assertThat(framework.satisfies("SAFEGUARDING_ADULTS", "2", "2")).isTrue();
    assertThat(framework.satisfies("SAFEGUARDING_ADULTS", "1", "2")).isFalse();
    assertThat(framework.satisfies("SAFEGUARDING_ADULTS", "9", "1")).isFalse();
  }

  @Test
  void anUnknownSubjectOrLevelIsAClearError() {
    assertThatThrownBy(() -> framework.expiryOf("JUGGLING", "1", LocalDate.now())).hasMessageContaining("JUGGLING");
  }

  @Test
  void anInconsistentFrameworkIsRefusedWithEveryProblemNamed() {
    TrainingFrameworkDto data = framework.data();
    List<TrainingFrameworkDto.RequirementRuleDto> rules = new ArrayList<>(data.requirementRules());
    rules.add(new TrainingFrameworkDto.RequirementRuleDto("BAD-1", "JUGGLING", "1", List.of(), null, null, List.of(), "nowhere"));
    var broken = new TrainingFrameworkDto(data.id(), data.version(), data.title(), data.effectiveFrom(), data.sources(),
        data.organisationTypes(), data.staffGroups(), data.subjects(), rules);
    assertThatThrownBy(() -> new TrainingFramework(broken))
        .hasMessageContaining("BAD-1 names JUGGLING")
        .hasMessageContaining("unknown source nowhere");
  }
}
