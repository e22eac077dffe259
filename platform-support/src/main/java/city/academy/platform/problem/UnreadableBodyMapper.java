package city.academy.platform.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not well-formed JSON, or not of the documented shape. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {
  @Override
  public Response toResponse(ProcessingException exception) {
    return ProblemResponses.of(
        Problem.of(
            ProblemType.BAD_REQUEST,
            "The request body could not be read: check it is well-formed JSON with the documented fields and types."));
  }
}
