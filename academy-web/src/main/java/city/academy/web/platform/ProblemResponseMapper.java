package city.academy.web.platform;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns a service's error answer into a {@link ServiceProblem} carrying the problem's {@code
 * detail}, so pages can show the service's own words and never a stack trace.
 */
public class ProblemResponseMapper implements ResponseExceptionMapper<ServiceProblem> {

  @Override
  public boolean handles(int status, MultivaluedMap<String, Object> headers) {
    return status >= 400;
  }

  @Override
  public ServiceProblem toThrowable(Response response) {
    int status = response.getStatus();
    String detail = null;
    try {
      MediaType type = response.getMediaType();
      if (type != null && type.getSubtype() != null && type.getSubtype().endsWith("json")) {
        response.bufferEntity();
        detail = detailOf(response.readEntity(String.class));
      }
    } catch (RuntimeException e) {
      detail = null; // an unreadable body is no worse than none
    }
    return new ServiceProblem(status, detail != null ? detail : fallback(status));
  }

  /** The {@code detail} (or else the {@code title}) of a problem+json body, or {@code null}. */
  static String detailOf(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        return null;
      }
      JsonObject problem = value.asJsonObject();
      String detail = problem.getString("detail", null);
      if (detail != null && !detail.isBlank()) {
        return detail;
      }
      String title = problem.getString("title", null);
      return title == null || title.isBlank() ? null : title;
    } catch (RuntimeException e) {
      return null;
    }
  }

  static String fallback(int status) {
    return switch (status) {
      case 401 -> "Your sign-in was not accepted by the service; please sign in again.";
      case 403 -> "You do not have access to this.";
      case 404 -> "That could not be found.";
      case 503, 502, 504 -> "The service is not available just now; please try again in a minute.";
      default ->
          status >= 500
              ? "Something went wrong in the service; please try again in a minute."
              : "The service could not do that (HTTP " + status + ").";
    };
  }
}
