package city.academy.web.report;

import city.academy.catalogue.api.CatalogueReportClient;
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
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The fill reports as CSV, streamed from the catalogue with the signed-in person's token (the
 * catalogue decides who may have which): {@code /provider/report.csv?org=&from=&to=} (under
 * {@code /provider/}, so providers only) and {@code /academy/fill.csv?from=&to=} (academy admins).
 */
@WebServlet({"/provider/report.csv", "/academy/fill.csv"})
public class ReportCsvServlet extends HttpServlet {
  private static final Logger LOG = Logger.getLogger(ReportCsvServlet.class.getName());
  private static final String MONTH = "\\d{4}-\\d{2}";

  @Inject @RestClient CatalogueReportClient reports;
  @Inject CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String from = ReportView.monthParam(request.getParameter("from"));
    String to = ReportView.monthParam(request.getParameter("to"));
    if ((from != null && !from.matches(MONTH)) || (to != null && !to.matches(MONTH))) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Months are written yyyy-mm.");
      return;
    }
    boolean city = request.getServletPath().startsWith("/academy/");
    String name;
    Supplier<String> call;
    if (city) {
      name = "city-fill";
      call = () -> reports.cityCsv(from, to);
    } else {
      String org = request.getParameter("org");
      List<String> mine = currentUser.getUser() == null ? List.of() : currentUser.getUser().providerFor();
      String code = org == null || org.isBlank() ? (mine.isEmpty() ? null : mine.get(0)) : org.strip();
      if (code == null || !code.matches("[A-Za-z0-9_-]{1,16}")) {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Choose an organisation.");
        return;
      }
      name = "fill-" + code;
      call = () -> reports.providerCsv(code, from, to);
    }
    String csv;
    try {
      csv = call.get();
    } catch (ServiceProblem problem) {
      response.sendError(problem.status(), problem.getMessage());
      return;
    } catch (WebApplicationException e) {
      response.sendError(e.getResponse().getStatus());
      return;
    } catch (ProcessingException | city.academy.tokens.TokenSigningUnavailableException e) {
      LOG.log(Level.WARNING, "Fill report CSV not available: {0}", String.valueOf(e));
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
    response.getOutputStream().write((csv == null ? "" : csv).getBytes(StandardCharsets.UTF_8));
  }
}
