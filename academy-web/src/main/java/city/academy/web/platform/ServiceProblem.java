package city.academy.web.platform;

/**
 * A service answered with an error. The message is the {@code detail} of its problem+json answer
 * (RFC 9457), written for a person, or a plain sentence when the answer had none.
 */
public class ServiceProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public ServiceProblem(int status, String detail) {
    super(detail);
    this.status = status;
  }

  /** The HTTP status the service answered with. */
  public int status() {
    return status;
  }
}
