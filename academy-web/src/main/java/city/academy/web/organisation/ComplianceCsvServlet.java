package city.academy.web.organisation;

import city.academy.passport.api.PassportClient;
import city.academy.web.platform.ServiceProblem;
import city.academy.web.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The compliance counts as CSV ({@code /organisation/compliance.csv?org=NGH}), streamed from the
 * passport service with the signed-in person's token (the service decides who may have it). Under
 * {@code /organisation/}, so {@code web.xml} already restricts it to HR and academy admins.
 */
@WebServlet("/organisation/compliance.csv")
public class ComplianceCsvServlet extends HttpServlet {
  private static final Logger LOG = Logger.getLogger(ComplianceCsvServlet.class.getName());

  @Inject @RestClient PassportClient passport;
  @Inject CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String org = request.getParameter("org");
    List<String> mine = currentUser.getUser() == null ? List.of() : currentUser.getUser().hrAdminOf();
    String code = org == null || org.isBlank() ? (mine.isEmpty() ? null : mine.get(0)) : org.strip();
    if (code == null || !code.matches("[A-Za-z0-9_-]{1,16}")) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Choose an organisation.");
      return;
    }
    String csv;
    try {
      csv = passport.complianceCsv(code, null);
    } catch (ServiceProblem problem) {
      response.sendError(problem.status(), problem.getMessage());
      return;
    } catch (WebApplicationException e) {
      response.sendError(e.getResponse().getStatus());
      return;
    } catch (ProcessingException | city.academy.tokens.TokenSigningUnavailableException e) {
      LOG.log(Level.WARNING, "Compliance CSV not available: {0}", String.valueOf(e));
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"compliance-" + code + ".csv\"");
    response.getOutputStream().write((csv == null ? "" : csv).getBytes(StandardCharsets.UTF_8));
  }
}
