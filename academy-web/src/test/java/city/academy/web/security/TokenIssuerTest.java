package city.academy.web.security;

import city.academy.tokens.IssuedToken;
import city.academy.tokens.PemKeys;
import city.academy.tokens.TokenSigningUnavailableException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.academy.passport.api.PrincipalDto;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenIssuerTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");

  private static KeyPair keys;

  @BeforeAll
  static void generateKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
  }

  private static SignedInUser nurse() {
    return SignedInUser.of(
        new PrincipalDto(
            "staff",
            "OWA-7K3M9QX2",
            "Amira Khan",
            List.of("STAFF", "HR_ADMIN"),
            List.of(
                new PrincipalDto.PostDto("NGH", "Northgate General Hospital", "Staff Nurse", "NURSING_MIDWIFERY"),
                new PrincipalDto.PostDto("BWC", "Brookwood Care", "Bank Nurse", "NURSING_MIDWIFERY"),
                new PrincipalDto.PostDto("NGH", "Northgate General Hospital", "Mentor", "NURSING_MIDWIFERY")),
            List.of("NGH"),
            List.of()));
  }

  private static TokenIssuer issuerAt(Instant now) {
    return new TokenIssuer((RSAPrivateKey) keys.getPrivate(), Clock.fixed(now, ZoneOffset.UTC));
  }

  private static SignedJWT verified(IssuedToken token) throws Exception {
    SignedJWT jwt = SignedJWT.parse(token.value());
    assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) keys.getPublic()))).isTrue();
    return jwt;
  }

  @Test
  void personTokenIsSignedWithRs256AndCarriesWhatTheServicesNeed() throws Exception {
    IssuedToken token = issuerAt(NOW).forPerson(nurse());
    SignedJWT jwt = verified(token);

    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(jwt.getHeader().getKeyID()).isEqualTo("portal-1");
    assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);

    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo("https://academy.local/portal");
    assertThat(claims.getAudience()).containsExactly("academy-services");
    assertThat(claims.getSubject()).isEqualTo("OWA-7K3M9QX2");
    assertThat(claims.getStringClaim("upn")).isEqualTo("staff");
    assertThat(claims.getStringListClaim("groups")).containsExactly("STAFF", "HR_ADMIN");
    assertThat(claims.getStringClaim("person")).isEqualTo("OWA-7K3M9QX2");
    assertThat(claims.getStringClaim("name")).isEqualTo("Amira Khan");
    assertThat(claims.getStringListClaim("orgs")).containsExactly("NGH", "BWC");
    assertThat(claims.getStringListClaim("hr_orgs")).containsExactly("NGH");
    assertThat(claims.getStringListClaim("provider_orgs")).isEmpty();
    assertThat(claims.getJWTID()).isNotBlank();
  }

  @Test
  void tokensLastFiveMinutes() throws Exception {
    IssuedToken token = issuerAt(NOW).forPerson(nurse());
    JWTClaimsSet claims = verified(token).getJWTClaimsSet();

    assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
    assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(300));
  }

  @Test
  void everyTokenHasItsOwnId() throws Exception {
    TokenIssuer issuer = issuerAt(NOW);
    String first = verified(issuer.forPerson(nurse())).getJWTClaimsSet().getJWTID();
    String second = verified(issuer.forPerson(nurse())).getJWTClaimsSet().getJWTID();
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void systemTokenSpeaksForThePortalOnly() throws Exception {
    JWTClaimsSet claims = verified(issuerAt(NOW).systemToken()).getJWTClaimsSet();

    assertThat(claims.getSubject()).isEqualTo("academy-web");
    assertThat(claims.getStringClaim("upn")).isEqualTo("academy-web");
    assertThat(claims.getStringListClaim("groups")).containsExactly("SYSTEM");
    assertThat(claims.getIssuer()).isEqualTo("https://academy.local/portal");
    assertThat(claims.getAudience()).containsExactly("academy-services");
    assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plusSeconds(300));
    assertThat(claims.getClaim("person")).isNull();
  }

  @Test
  void systemTokenIsReusedUntilAMinuteBeforeItExpires() {
    MutableClock clock = new MutableClock(NOW);
    TokenIssuer issuer = new TokenIssuer((RSAPrivateKey) keys.getPrivate(), clock);
    IssuedToken first = issuer.systemToken();

    clock.now = NOW.plus(Duration.ofMinutes(3)).plusSeconds(59);
    assertThat(issuer.systemToken()).isSameAs(first);

    clock.now = NOW.plus(Duration.ofMinutes(4));
    assertThat(issuer.systemToken()).isNotSameAs(first);
  }

  @Test
  void issuedTokenIsUsableUntilOneMinuteBeforeExpiry() {
    IssuedToken token = new IssuedToken("x", NOW.plusSeconds(300));
    assertThat(token.usableAt(NOW)).isTrue();
    assertThat(token.usableAt(NOW.plusSeconds(239))).isTrue();
    assertThat(token.usableAt(NOW.plusSeconds(240))).isFalse();
    assertThat(token.bearer()).isEqualTo("Bearer x");
    assertThat(token.toString()).doesNotContain("x]").contains("expiresAt");
  }

  @Test
  void readsAPkcs8PemKeyFromTheConfiguredFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("portal-private-key.pem");
    String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(keys.getPrivate().getEncoded());
    Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n");

    TokenIssuer issuer = new TokenIssuer(Optional.of(file.toString()));
    verified(issuer.systemToken());
  }

  @Test
  void aMissingKeySaysWhatToDo(@TempDir Path dir) {
    TokenIssuer issuer = new TokenIssuer(Optional.of(dir.resolve("nowhere.pem").toString()));
    assertThatThrownBy(issuer::systemToken)
        .isInstanceOf(TokenSigningUnavailableException.class)
        .hasMessageContaining("no private key at")
        .hasMessageContaining("academy.token.private-key.location");

    TokenIssuer unset = new TokenIssuer(Optional.empty());
    assertThatThrownBy(unset::systemToken)
        .isInstanceOf(TokenSigningUnavailableException.class)
        .hasMessageContaining("is not set");
  }

  @Test
  void aPkcs1KeyIsRefusedWithAHint() {
    assertThatThrownBy(() -> PemKeys.parse("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----", "key.pem"))
        .isInstanceOf(TokenSigningUnavailableException.class)
        .hasMessageContaining("openssl pkcs8 -topk8");
  }

  /** A clock the test moves. */
  static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
