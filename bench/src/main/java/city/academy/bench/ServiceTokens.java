package city.academy.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Service tokens as the portal makes them (see system-tests' {@code Tokens}): RS256, signed with the
 * platform's private key from its data folder, issuer {@code https://academy.local/portal},
 * audience {@code academy-services}, valid five minutes.
 */
final class ServiceTokens {
  static final String ISSUER = "https://academy.local/portal";
  static final String AUDIENCE = "academy-services";
  /** How long a token is valid; callers sign again before a phase that would outlive it. */
  static final Duration LIFE = Duration.ofMinutes(5);

  private final RSASSASigner signer;

  ServiceTokens(Path privateKeyPem) throws IOException, GeneralSecurityException {
    String pem = Files.readString(privateKeyPem);
    String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    PrivateKey key =
        KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    signer = new RSASSASigner(key);
  }

  /** A member of staff: sub = person = passport id, group STAFF, employed at {@code organisations}. */
  String staff(String passportId, List<String> organisations) {
    return sign(claims(passportId, passportId, List.of("STAFF"), organisations, List.of()));
  }

  /** An HR admin of one organisation (no passport of their own). */
  String hrAdmin(String organisation) {
    return sign(claims("bench-hr-" + organisation.toLowerCase(java.util.Locale.ROOT), null,
        List.of("HR_ADMIN"), List.of(), List.of(organisation)));
  }

  /** A course provider of one organisation, employed there. */
  String provider(String organisation) {
    JWTClaimsSet base = claims("bench-provider-" + organisation.toLowerCase(java.util.Locale.ROOT), "BENCH-P-" + organisation,
        List.of("STAFF", "PROVIDER"), List.of(organisation), List.of());
    return sign(new JWTClaimsSet.Builder(base).claim("provider_orgs", List.of(organisation)).build());
  }

  /** An academy admin (city-wide). */
  String academyAdmin() {
    return sign(claims("bench-academy-admin", null, List.of("ACADEMY_ADMIN"), List.of(), List.of()));
  }

  /** A platform service calling another on nobody's behalf (group SYSTEM), as the catalogue's TokenSigner signs it. */
  String system(String application) {
    Instant now = Instant.now();
    return sign(new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .subject(application)
        .claim("upn", application)
        .claim("groups", List.of("SYSTEM"))
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(LIFE)))
        .jwtID(UUID.randomUUID().toString())
        .build());
  }

  private static JWTClaimsSet claims(String username, String personId, List<String> groups, List<String> orgs,
      List<String> hrOrgs) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .subject(personId == null ? username : personId)
        .claim("upn", username)
        .claim("groups", groups)
        .claim("person", personId)
        .claim("orgs", orgs)
        .claim("hr_orgs", hrOrgs)
        .claim("provider_orgs", List.of())
        .claim("name", username)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(LIFE)))
        .jwtID(UUID.randomUUID().toString())
        .build();
  }

  private String sign(JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(
          new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID("portal-1").build(), claims);
      jwt.sign(signer);
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a token", e);
    }
  }
}
