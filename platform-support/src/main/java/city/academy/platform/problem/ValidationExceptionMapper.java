package city.academy.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures at the edge: one field error per violation. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {
  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<Problem.FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " fields need correcting.";
    ProblemType type = ProblemType.BAD_REQUEST;
    return ProblemResponses.of(new Problem(type.uri(), type.title(), type.status(), detail, errors));
  }

  /** "create.arg0.title" becomes "title": the caller knows the field, not our method names. */
  static String fieldOf(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    String[] parts = path.split("\\.");
    if (parts.length >= 3) {
      return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
    }
    return parts[parts.length - 1];
  }
}
