package city.academy.tokens;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A signed token and when it stops being accepted.
 *
 * @param value the compact JWT
 * @param expiresAt its {@code exp}
 */
public record IssuedToken(String value, Instant expiresAt) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Tokens are replaced this long before they expire, so none expires on its way to a service. */
  public static final Duration RENEW_BEFORE = Duration.ofMinutes(1);

  /** May this token still be sent at {@code now}? */
  public boolean usableAt(Instant now) {
    return now.isBefore(expiresAt.minus(RENEW_BEFORE));
  }

  /** The value of an {@code Authorization} header carrying this token. */
  public String bearer() {
    return "Bearer " + value;
  }

  @Override
  public String toString() {
    return "IssuedToken[expiresAt=" + expiresAt + "]";
  }
}
