package city.academy.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs the short-lived RS256 tokens (MicroProfile JWT) the portal sends to the services: one for
 * the signed-in person, carrying what the services need to decide access, and one for the portal
 * itself (group {@code SYSTEM}), used only to check passwords.
 *
 * <p>The key is read lazily from the PKCS#8 PEM file at {@code academy.token.private-key.location},
 * so a missing key shows as "sign-in is not available" with a clear log line rather than as a
 * portal that will not deploy.
 */
@ApplicationScoped
public class TokenIssuer {
  private static final Logger LOG = Logger.getLogger(TokenIssuer.class.getName());

  /** How long a token is accepted. Short, because a token cannot be recalled. */
  public static final Duration LIFETIME = Duration.ofMinutes(5);
  /** {@code sub} and {@code upn} of the portal's own token. */
  public static final String SYSTEM_SUBJECT = "academy-web";
  public static final String KEY_LOCATION = "academy.token.private-key.location";

  private Supplier<RSAPrivateKey> keySource;
  private Clock clock;
  private volatile RSASSASigner signer;
  private final AtomicReference<IssuedToken> systemToken = new AtomicReference<>();

  /** For CDI's client proxy only. */
  protected TokenIssuer() {}

  @Inject
  public TokenIssuer(@ConfigProperty(name = KEY_LOCATION) Optional<String> keyLocation) {
    this(
        () ->
            PemKeys.readRsaPrivateKey(
                Path.of(
                    keyLocation
                        .filter(s -> !s.isBlank())
                        .orElseThrow(
                            () ->
                                new TokenSigningUnavailableException(
                                    "The portal cannot sign tokens: "
                                        + KEY_LOCATION
                                        + " is not set. Point it at the PKCS#8 PEM private key"
                                        + " (the launcher does this).")))),
        Clock.systemUTC());
  }

  public TokenIssuer(RSAPrivateKey key, Clock clock) {
    this(() -> key, clock);
  }

  private TokenIssuer(Supplier<RSAPrivateKey> keySource, Clock clock) {
    this.keySource = keySource;
    this.clock = clock;
  }

  /** A token for the signed-in person. */
  public IssuedToken forPerson(SignedInUser user) {
    JWTClaimsSet.Builder claims =
        common(user.personId() != null ? user.personId() : user.username(), user.username(), user.roles());
    claims
        .claim(PortalClaims.PERSON, user.personId())
        .claim(PortalClaims.NAME, user.displayName())
        .claim(PortalClaims.EMPLOYED_AT, user.organisationCodes())
        .claim(PortalClaims.HR_ADMIN_OF, user.hrAdminOf())
        .claim(PortalClaims.PROVIDER_FOR, user.providerFor());
    return sign(claims);
  }

  /** The portal's own token, reused until a minute before it expires. */
  public IssuedToken systemToken() {
    IssuedToken current = systemToken.get();
    if (current != null && current.usableAt(clock.instant())) {
      return current;
    }
    IssuedToken fresh =
        sign(common(SYSTEM_SUBJECT, SYSTEM_SUBJECT, List.of(PortalRole.SYSTEM)));
    systemToken.set(fresh);
    return fresh;
  }

  /** The instant this issuer takes as now (the session's token cache asks it). */
  public Instant now() {
    return clock.instant();
  }

  private JWTClaimsSet.Builder common(String subject, String upn, List<String> groups) {
    Instant now = clock.instant();
    return new JWTClaimsSet.Builder()
        .issuer(PortalClaims.ISSUER)
        .audience(PortalClaims.AUDIENCE)
        .subject(subject)
        .claim(PortalClaims.UPN, upn)
        .claim(PortalClaims.GROUPS, List.copyOf(groups))
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(LIFETIME)))
        .jwtID(UUID.randomUUID().toString());
  }

  private IssuedToken sign(JWTClaimsSet.Builder builder) {
    JWTClaimsSet claims = builder.build();
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256)
            .keyID(PortalClaims.KEY_ID)
            .type(JOSEObjectType.JWT)
            .build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(signer());
    } catch (JOSEException e) {
      throw new TokenSigningUnavailableException("The portal could not sign a token: " + e.getMessage(), e);
    }
    return new IssuedToken(jwt.serialize(), claims.getExpirationTime().toInstant());
  }

  private RSASSASigner signer() {
    RSASSASigner current = signer;
    if (current == null) {
      synchronized (this) {
        if (signer == null) {
          try {
            signer = new RSASSASigner(keySource.get());
          } catch (TokenSigningUnavailableException e) {
            LOG.log(Level.SEVERE, e.getMessage());
            throw e;
          }
        }
        current = signer;
      }
    }
    return current;
  }
}
