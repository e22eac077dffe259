package city.academy.web.security;

/** The portal has no usable signing key, so it cannot speak to the services for anyone. */
public class TokenSigningUnavailableException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public TokenSigningUnavailableException(String message) {
    super(message);
  }

  public TokenSigningUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
