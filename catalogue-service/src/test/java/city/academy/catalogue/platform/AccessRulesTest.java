package city.academy.catalogue.platform;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.platform.security.EndpointRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every endpoint says who may call it (HTTP tests check the rules are enforced). */
class AccessRulesTest {
  @Test
  void everyEndpointHasAnAccessRule() {
    Path classes = Path.of("target/classes");
    assertThat(EndpointRules.resourceClasses(classes, getClass().getClassLoader())).hasSizeGreaterThanOrEqualTo(1);
    assertThat(EndpointRules.withoutAccessRule(classes, getClass().getClassLoader())).isEmpty();
  }
}
