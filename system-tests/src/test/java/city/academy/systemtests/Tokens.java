package city.academy.systemtests;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Tokens as the portal makes them (signed with the platform's key from its data folder), and the
 * bad ones an attacker might try: expired, tampered, signed by another key, unsigned. Without a data
 * folder, the key of the platform {@link PlatformExtension} started.
 */
public final class Tokens {
  public static final String ISSUER = "https://academy.local/portal";
  public static final String AUDIENCE = "academy-services";

  private Tokens() {}

  /** The portal's own token, for the password check. */
  public static String system() {
    return system(PlatformExtension.dataDirectory());
  }

  /** The portal's own token for the platform with that data folder. */
  public static String system(Path dataDirectory) {
    return sign(claims("academy-web", null, List.of("SYSTEM"), List.of(), List.of(), List.of(), Duration.ofMinutes(5)).build(),
        platformKey(dataDirectory));
  }

  /** A token for the person the passport service described in a password check. */
  public static String forPrincipal(JsonObject principal) {
    return forPrincipal(principal, PlatformExtension.dataDirectory());
  }

  /** The same, for the platform with that data folder. */
  public static String forPrincipal(JsonObject principal, Path dataDirectory) {
    return sign(principalClaims(principal, Duration.ofMinutes(5)).build(), platformKey(dataDirectory));
  }

  public static String expiredFor(JsonObject principal) {
    return sign(principalClaims(principal, Duration.ofMinutes(-10)).build(), platformKey());
  }

  public static String signedByAnotherKey(JsonObject principal) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return sign(principalClaims(principal, Duration.ofMinutes(5)).build(), generator.generateKeyPair().getPrivate());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A valid token with one claim changed after signing (here: made an academy admin). */
  public static String tampered(String token) {
    String[] parts = token.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
    String forged = payload.replace("\"groups\":[", "\"groups\":[\"ACADEMY_ADMIN\",");
    return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes()) + "." + parts[2];
  }

  /** The same claims with {@code alg: none} and no signature. */
  public static String unsigned(String token) {
    String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
    return header + "." + token.split("\\.")[1] + ".";
  }

  private static JWTClaimsSet.Builder principalClaims(JsonObject principal, Duration life) {
    return claims(principal.getString("username"), principal.getString("personId"), strings(principal, "roles"),
            principal.getJsonArray("employments").getValuesAs(JsonObject.class).stream().map(e -> e.getString("organisationCode")).toList(),
            strings(principal, "hrAdminOf"), strings(principal, "providerFor"), life)
        .claim("name", principal.getString("displayName"));
  }

  private static List<String> strings(JsonObject object, String name) {
    return object.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  private static JWTClaimsSet.Builder claims(
      String username, String personId, List<String> groups, List<String> orgs, List<String> hrOrgs, List<String> providerOrgs, Duration life) {
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
        .claim("provider_orgs", providerOrgs)
        .issueTime(Date.from(now.minus(Duration.ofMinutes(life.isNegative() ? 20 : 0))))
        .expirationTime(Date.from(now.plus(life)))
        .jwtID(UUID.randomUUID().toString());
  }

  private static String sign(JWTClaimsSet claims, PrivateKey key) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID("portal-1").build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static PrivateKey platformKey() {
    return platformKey(PlatformExtension.dataDirectory());
  }

  private static PrivateKey platformKey(Path dataDirectory) {
    try {
      String pem = Files.readString(dataDirectory.resolve("keys/token-private.pem"));
      String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read the platform's token key", e);
    }
  }
}
