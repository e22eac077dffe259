package city.academy.web.report;

import city.academy.catalogue.api.CatalogueReportClient;
import city.academy.web.platform.CsvDownload;
import city.academy.web.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The fill reports as CSV, streamed from the catalogue with the signed-in person's token (the
 * catalogue decides who may have which): {@code /provider/report.csv?org=&from=&to=} (under
 * {@code /provider/}, so providers only) and {@code /academy/fill.csv?from=&to=} (academy admins).
 */
@WebServlet({"/provider/report.csv", "/academy/fill.csv"})
public class ReportCsvServlet extends HttpServlet {
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
      List<String> mine = currentUser.getUser() == null ? List.of() : currentUser.getUser().providerFor();
      String code = CsvDownload.organisation(request.getParameter("org"), mine);
      if (code == null) {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Choose an organisation.");
        return;
      }
      name = "fill-" + code;
      call = () -> reports.providerCsv(code, from, to);
    }
    CsvDownload.send(response, name, call);
  }
}
