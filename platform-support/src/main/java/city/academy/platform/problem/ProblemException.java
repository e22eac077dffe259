package city.academy.platform.problem;

/**
 * Thrown by domain and application code when a request cannot be carried out; the mapper turns
 * it into a problem response. The message is shown to the person, so write it for them.
 */
public class ProblemException extends RuntimeException {

  private final ProblemType type;

  public ProblemException(ProblemType type, String message) {
    super(message);
    this.type = type;
  }

  public ProblemType type() {
    return type;
  }

  public static ProblemException notFound(String message) {
    return new ProblemException(ProblemType.NOT_FOUND, message);
  }

  public static ProblemException forbidden(String message) {
    return new ProblemException(ProblemType.FORBIDDEN, message);
  }

  public static ProblemException badRequest(String message) {
    return new ProblemException(ProblemType.BAD_REQUEST, message);
  }

  public static ProblemException conflict(String message) {
    return new ProblemException(ProblemType.CONFLICT, message);
  }

  /**
   * Runs domain code whose guards refuse bad input with {@link IllegalArgumentException} (answered
   * 400) or a wrong state with {@link IllegalStateException} (answered 409).
   */
  public static <T> T refusing(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (IllegalArgumentException e) {
      throw badRequest(e.getMessage());
    } catch (IllegalStateException e) {
      throw conflict(e.getMessage());
    }
  }
}
