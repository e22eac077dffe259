package city.academy.web.passport;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.passport.api.PassportDto.Status;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TrafficLightTest {

  @Test
  void greenForUpToDateAmberForExpiringRedForExpiredOrMissing() {
    assertThat(TrafficLight.of(Status.COMPLIANT)).isEqualTo(TrafficLight.GREEN);
    assertThat(TrafficLight.of(Status.EXPIRING)).isEqualTo(TrafficLight.AMBER);
    assertThat(TrafficLight.of(Status.EXPIRED)).isEqualTo(TrafficLight.RED);
    assertThat(TrafficLight.of(Status.MISSING)).isEqualTo(TrafficLight.RED);
  }

  @Test
  void noStatusIsShownAsSomethingToLookAt() {
    assertThat(TrafficLight.of(null)).isEqualTo(TrafficLight.RED);
  }

  @Test
  void eachLightHasItsOwnShapeAndStyleSoColourIsNotAlone() {
    assertThat(Arrays.stream(TrafficLight.values()).map(TrafficLight::icon))
        .containsExactly("tick", "exclamation", "cross")
        .doesNotHaveDuplicates();
    assertThat(Arrays.stream(TrafficLight.values()).map(TrafficLight::cssClass))
        .containsExactly("light-green", "light-amber", "light-red");
  }

  @Test
  void onlyGreenNeedsNothingDoing() {
    assertThat(TrafficLight.GREEN.needsAttention()).isFalse();
    assertThat(TrafficLight.AMBER.needsAttention()).isTrue();
    assertThat(TrafficLight.RED.needsAttention()).isTrue();
  }
}
