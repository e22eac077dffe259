package city.academy.web.security;

import city.academy.tokens.IssuedToken;
import city.academy.tokens.TokenSigner;
import city.academy.tokens.TokenSigningUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's tokens for the services (signed by {@link TokenSigner}): one for the signed-in
 * person, carrying what the services need to decide access, and one for the portal itself (group
 * {@code SYSTEM}), used only to check passwords.
 *
 * <p>The key is read lazily from {@code academy.token.private-key.location}, so a missing key shows
 * as "sign-in is not available" with a clear log line rather than as a portal that will not deploy.
 */
@ApplicationScoped
public class TokenIssuer {
  private static final Logger LOG = Logger.getLogger(TokenIssuer.class.getName());

  /** How long a token is accepted. */
  public static final Duration LIFETIME = TokenSigner.LIFETIME;
  /** {@code sub} and {@code upn} of the portal's own token. */
  public static final String SYSTEM_SUBJECT = "academy-web";
  public static final String KEY_LOCATION = TokenSigner.KEY_LOCATION;

  private TokenSigner signer;

  /** For CDI's client proxy only. */
  protected TokenIssuer() {}

  @Inject
  public TokenIssuer(@ConfigProperty(name = KEY_LOCATION) Optional<String> keyLocation) {
    this.signer = TokenSigner.fromLocation(keyLocation, Clock.systemUTC());
  }

  public TokenIssuer(RSAPrivateKey key, Clock clock) {
    this.signer = new TokenSigner(() -> key, clock);
  }

  /** A token for the signed-in person. */
  public IssuedToken forPerson(SignedInUser user) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put(PortalClaims.PERSON, user.personId());
    claims.put(PortalClaims.NAME, user.displayName());
    claims.put(PortalClaims.EMPLOYED_AT, user.organisationCodes());
    claims.put(PortalClaims.HR_ADMIN_OF, user.hrAdminOf());
    claims.put(PortalClaims.PROVIDER_FOR, user.providerFor());
    claims.values().removeIf(java.util.Objects::isNull);
    return logged(() -> signer.sign(user.personId() != null ? user.personId() : user.username(), user.username(), user.roles(), claims));
  }

  /** The portal's own token, reused until a minute before it expires. */
  public IssuedToken systemToken() {
    return logged(() -> signer.systemToken(SYSTEM_SUBJECT));
  }

  /** The instant this issuer takes as now (the session's token cache asks it). */
  public Instant now() {
    return signer.now();
  }

  private static IssuedToken logged(java.util.function.Supplier<IssuedToken> signing) {
    try {
      return signing.get();
    } catch (TokenSigningUnavailableException e) {
      LOG.log(Level.SEVERE, e.getMessage());
      throw e;
    }
  }
}
