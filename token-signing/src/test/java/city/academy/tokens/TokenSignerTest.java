package city.academy.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenSignerTest {
  private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
  private static KeyPair keys;

  @BeforeAll
  static void generateKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
  }

  private static TokenSigner at(Instant now) {
    return new TokenSigner(() -> (RSAPrivateKey) keys.getPrivate(), Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  void aServiceTokenSpeaksForTheServiceOnlyAndIsWhatTheServicesVerify() throws Exception {
    IssuedToken token = at(NOW).systemToken("catalogue-service");
    SignedJWT jwt = SignedJWT.parse(token.value());
    assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) keys.getPublic()))).isTrue();
    assertThat(jwt.getHeader().getKeyID()).isEqualTo(TokenSigner.KEY_ID);
    assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(TokenSigner.ISSUER);
    assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly(TokenSigner.AUDIENCE);
    assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("catalogue-service");
    assertThat(jwt.getJWTClaimsSet().getStringListClaim("groups")).containsExactly("SYSTEM");
    assertThat(jwt.getJWTClaimsSet().getClaim("person")).isNull();
    assertThat(token.expiresAt()).isEqualTo(NOW.plus(TokenSigner.LIFETIME));
  }

  @Test
  void aServiceTokenIsReusedUntilAMinuteBeforeItExpires() {
    TokenSigner signer = at(NOW);
    assertThat(signer.systemToken("catalogue-service")).isSameAs(signer.systemToken("catalogue-service"));
    assertThat(signer.systemToken("catalogue-service")).isNotSameAs(signer.systemToken("academy-web"));
  }

  @Test
  void extraClaimsAreCarried() throws Exception {
    IssuedToken token = at(NOW).sign("OWA-1", "nurse", List.of("STAFF"), Map.of("orgs", List.of("NGH")));
    assertThat(SignedJWT.parse(token.value()).getJWTClaimsSet().getStringListClaim("orgs")).containsExactly("NGH");
  }

  @Test
  void withoutAKeyItSaysWhatToSet() {
    TokenSigner signer = TokenSigner.fromLocation(Optional.empty(), Clock.systemUTC());
    assertThatThrownBy(() -> signer.systemToken("catalogue-service"))
        .isInstanceOf(TokenSigningUnavailableException.class)
        .hasMessageContaining(TokenSigner.KEY_LOCATION);
  }
}
