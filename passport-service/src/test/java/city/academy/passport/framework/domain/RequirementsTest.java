package city.academy.passport.framework.domain;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.passport.framework.infrastructure.FrameworkSource;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which requirements a post brings, by the shipped framework's rules. */
class RequirementsTest {
  private final TrainingFramework framework = new TrainingFramework(FrameworkSource.read(TrainingFrameworkTest.FILE));

  private Map<String, Requirement> of(Post... posts) {
    return framework.requirementsFor(List.of(posts)).stream().collect(Collectors.toMap(Requirement::subject, Function.identity()));
  }

  @Test
  void everyoneNeedsTheCoreSubjects() {
    var clerk = of(new Post("ADMIN_CLERICAL", false, false, "HEALTH"));
    assertThat(clerk).containsKeys("FIRE_SAFETY", "INFORMATION_GOVERNANCE", "EQUALITY_DIVERSITY", "HEALTH_SAFETY");
    assertThat(clerk.get("SAFEGUARDING_ADULTS").level()).isEqualTo("1");
    assertThat(clerk).doesNotContainKey("CONFLICT_RESOLUTION").doesNotContainKey("CARE_CERTIFICATE");
  }

  @Test
  void aNurseNeedsTheHigherLevelOnceNotEveryLevel() {
    var nurse = of(new Post("NURSING_MIDWIFERY", true, true, "HEALTH"));
    assertThat(nurse.get("SAFEGUARDING_ADULTS").level()).isEqualTo("3");
    assertThat(nurse.get("SAFEGUARDING_ADULTS").rules()).hasSizeGreaterThan(1);
    assertThat(nurse.get("MOVING_HANDLING").level()).isEqualTo("2");
    assertThat(nurse).containsKey("CONFLICT_RESOLUTION");
  }

  @Test
  void careWorkersNeedTheCareCertificate() {
    assertThat(of(new Post("CARE_WORKER", true, true, "SOCIAL_CARE"))).containsKey("CARE_CERTIFICATE");
  }

  @Test
  void twoPostsNeedWhatEitherNeeds() {
    var both = of(new Post("ADMIN_CLERICAL", false, false, "HEALTH"), new Post("CARE_WORKER", true, true, "SOCIAL_CARE"));
    assertThat(both).containsKeys("CARE_CERTIFICATE", "INFORMATION_GOVERNANCE", "CONFLICT_RESOLUTION");
  }

  @Test
  void noPostNoRequirements() {
    assertThat(framework.requirementsFor(List.of())).isEmpty();
  }
}
