package city.academy.tokens;

/** There is no usable signing key, so no token can be made: nobody can be spoken for. */
public class TokenSigningUnavailableException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public TokenSigningUnavailableException(String message) {
    super(message);
  }

  public TokenSigningUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
