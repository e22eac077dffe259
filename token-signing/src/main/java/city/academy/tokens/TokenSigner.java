package city.academy.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Signs the short-lived RS256 tokens (MicroProfile JWT) the services accept: issuer, audience, key
 * id and lifetime as they expect them (ADR 0003). The portal signs one for a signed-in person and
 * one for itself; a service signs one for itself when it calls another service (the catalogue
 * handing completions to the passport).
 *
 * <p>The key is read on first use from a PKCS#8 PEM file, so a missing key shows as "cannot sign"
 * with a clear message where a token is needed rather than as an application that will not deploy.
 */
public final class TokenSigner {
  /** The issuer every service verifies ({@code mp.jwt.verify.issuer}). */
  public static final String ISSUER = "https://academy.local/portal";
  /** The audience every service verifies ({@code mp.jwt.verify.audiences}). */
  public static final String AUDIENCE = "academy-services";
  /** Key id in the token header. */
  public static final String KEY_ID = "portal-1";
  /** How long a token is accepted. Short, because a token cannot be recalled. */
  public static final Duration LIFETIME = Duration.ofMinutes(5);
  /** The setting that names the private key's file. */
  public static final String KEY_LOCATION = "academy.token.private-key.location";
  /** The group of a token that speaks for an application, not for a person. */
  public static final String SYSTEM = "SYSTEM";

  private final Supplier<RSAPrivateKey> keySource;
  private final Clock clock;
  private volatile RSASSASigner signer;
  private final Map<String, IssuedToken> systemTokens = new ConcurrentHashMap<>();

  public TokenSigner(Supplier<RSAPrivateKey> keySource, Clock clock) {
    this.keySource = keySource;
    this.clock = clock;
  }

  /** A signer whose key is read from the file named by {@link #KEY_LOCATION} (empty: cannot sign). */
  public static TokenSigner fromLocation(Optional<String> location, Clock clock) {
    return new TokenSigner(() -> PemKeys.readRsaPrivateKey(Path.of(location.filter(s -> !s.isBlank())
        .orElseThrow(() -> new TokenSigningUnavailableException(
            "Tokens cannot be signed: " + KEY_LOCATION + " is not set. Point it at the PKCS#8 PEM private key"
                + " (the launcher does this).")))), clock);
  }

  /**
   * A token for {@code subject} with these groups and further claims.
   *
   * @throws TokenSigningUnavailableException when there is no usable key
   */
  public IssuedToken sign(String subject, String upn, List<String> groups, Map<String, Object> claims) {
    Instant now = clock.instant();
    JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .subject(subject)
        .claim("upn", upn)
        .claim("groups", List.copyOf(groups))
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(LIFETIME)))
        .jwtID(UUID.randomUUID().toString());
    claims.forEach(builder::claim);
    JWTClaimsSet built = builder.build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).type(JOSEObjectType.JWT).build(), built);
    try {
      jwt.sign(signer());
    } catch (JOSEException e) {
      throw new TokenSigningUnavailableException("A token could not be signed: " + e.getMessage(), e);
    }
    return new IssuedToken(jwt.serialize(), built.getExpirationTime().toInstant());
  }

  /** An application's own token (group {@link #SYSTEM}), reused until a minute before it expires. */
  public IssuedToken systemToken(String application) {
    return systemTokens.compute(application, (name, current) -> current != null && current.usableAt(clock.instant())
        ? current
        : sign(name, name, List.of(SYSTEM), Map.of()));
  }

  /** The instant this signer takes as now. */
  public Instant now() {
    return clock.instant();
  }

  private RSASSASigner signer() {
    RSASSASigner current = signer;
    if (current == null) {
      synchronized (this) {
        if (signer == null) {
          signer = new RSASSASigner(keySource.get());
        }
        current = signer;
      }
    }
    return current;
  }
}
