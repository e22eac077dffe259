package city.academy.platform.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Errors raised by the container before JAX-RS sees the request (for instance the token check
 * refusing a bad token) answer problem+json too, not the server's HTML page. Wired as the error
 * page of every status in this jar's {@code web-fragment.xml}.
 */
@WebServlet(name = "problem-error", urlPatterns = ProblemErrorServlet.PATH)
public class ProblemErrorServlet extends HttpServlet {
  static final String PATH = "/problem-error";
  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
    ProblemType type = ProblemType.forStatus(status);
    String detail =
        switch (status) {
          case 401 -> "Sign in first: this needs a valid access token.";
          case 403 -> "You are not allowed to do this.";
          case 404 -> "There is nothing at this address.";
          case 405 -> "This address does not accept that method.";
          default -> type.title() + ".";
        };
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.toJson(new Problem(type.uri(), type.title(), status, detail, java.util.List.of())));
  }
}
