package city.academy.platform.problem;

import java.util.List;

/**
 * An RFC 9457 problem detail.
 *
 * @param type a URI naming the kind of problem
 * @param title short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong this time, in words a person can act on
 * @param errors one entry per bad field, when the request had some
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One field that was wrong and why. */
  public record FieldError(String field, String message) {}

  public static Problem of(ProblemType type, String detail) {
    return new Problem(type.uri(), type.title(), type.status(), detail, List.of());
  }
}
