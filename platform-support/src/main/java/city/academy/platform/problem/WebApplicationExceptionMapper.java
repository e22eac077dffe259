package city.academy.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own refusals (unknown path, wrong method, unreadable body, wrong media type) as
 * problems with a plain message.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    ProblemType type = ProblemType.forStatus(status);
    String detail =
        switch (status) {
          case 400 -> "The request body could not be read: check it is well-formed JSON with the documented fields and types.";
          case 401 -> "Sign in first: this needs a valid access token.";
          case 403 -> "You are not allowed to do this.";
          case 404 -> "There is nothing at this address.";
          case 405 -> "This address does not accept that method.";
          case 406 -> "This address cannot answer in the requested format.";
          case 415 -> "Send the request body as application/json.";
          default -> type.title() + ".";
        };
    Problem problem = new Problem(type.uri(), type.title(), status, detail, java.util.List.of());
    Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    exception.getResponse().getHeaders().forEach((name, values) -> {
      if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
        values.forEach(value -> builder.header(name, value));
      }
    });
    return builder.build();
  }
}
