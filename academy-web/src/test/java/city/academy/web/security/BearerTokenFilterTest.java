package city.academy.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.passport.api.CredentialClient;
import org.junit.jupiter.api.Test;

class BearerTokenFilterTest {

  @Test
  void publicClientMethodsAreCalledWithoutAToken() throws Exception {
    assertThat(BearerTokenFilter.isPublic(CredentialClient.class.getMethod("verify", String.class, String.class))).isTrue();
    assertThat(BearerTokenFilter.isPublic(CredentialClient.class.getMethod("verification", String.class, String.class))).isTrue();
    assertThat(BearerTokenFilter.isPublic(CredentialClient.class.getMethod("mine"))).isFalse();
    assertThat(BearerTokenFilter.isPublic(null)).isFalse();
  }
}
