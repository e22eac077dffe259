package city.academy.web.apprenticeship;

import city.academy.catalogue.api.ApprenticeshipClient;
import city.academy.web.platform.CsvDownload;
import city.academy.web.platform.RequestParams;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The apprenticeship reports as files, from the catalogue with the signed-in person's token (it
 * decides who may have which, and over whose apprentices): a cohort's CSV and spreadsheet ({@code
 * /apprenticeships/cohort-report.csv?id=}, {@code .xlsx}) and the city's ({@code
 * /apprenticeships/city-report.csv}, {@code .xlsx}). {@code web.xml} lets only academy admins have
 * the city's, and academy admins, HR admins and course providers a cohort's.
 */
@WebServlet({"/apprenticeships/cohort-report.csv", "/apprenticeships/cohort-report.xlsx", "/apprenticeships/city-report.csv",
    "/apprenticeships/city-report.xlsx"})
public class ApprenticeshipFileServlet extends HttpServlet {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject @RestClient ApprenticeshipClient apprenticeships;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getServletPath();
    boolean spreadsheet = path.endsWith(".xlsx");
    if (path.startsWith("/apprenticeships/city-report")) {
      if (spreadsheet) {
        CsvDownload.file(response, "apprenticeships-city.xlsx", XLSX, () -> bytes(apprenticeships.cityReportXlsx(null)));
      } else {
        CsvDownload.send(response, "apprenticeships-city", () -> apprenticeships.cityReportCsv(null));
      }
      return;
    }
    Long id = RequestParams.parseId(request.getParameter("id"));
    if (id == null) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Say which cohort (id=...).");
      return;
    }
    String name = "apprenticeship-cohort-" + id;
    if (spreadsheet) {
      CsvDownload.file(response, name + ".xlsx", XLSX, () -> bytes(apprenticeships.cohortReportXlsx(id, null)));
    } else {
      CsvDownload.send(response, name, () -> apprenticeships.cohortReportCsv(id, null));
    }
  }

  private static ByteArrayInputStream bytes(byte[] body) {
    return new ByteArrayInputStream(body == null ? new byte[0] : body);
  }
}
