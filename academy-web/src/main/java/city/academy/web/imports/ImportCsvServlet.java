package city.academy.web.imports;

import city.academy.passport.api.ImportClient;
import city.academy.web.platform.CsvDownload;
import city.academy.web.platform.RequestParams;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * An import's rejected rows as CSV ({@code /organisation/import-rejections.csv?job=12}) and the
 * generic format's template ({@code /organisation/import-template.csv}), streamed from the passport
 * service with the signed-in person's token (the service decides who may have which). Under {@code
 * /organisation/}, so {@code web.xml} already restricts them to HR and academy admins.
 */
@WebServlet({"/organisation/import-rejections.csv", "/organisation/import-template.csv"})
public class ImportCsvServlet extends HttpServlet {

  @Inject @RestClient ImportClient imports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (request.getServletPath().endsWith("import-template.csv")) {
      CsvDownload.stream(response, "training-records-template", imports::genericTemplate);
      return;
    }
    Long job = RequestParams.parseId(request.getParameter("job"));
    if (job == null) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Say which import (job=...).");
      return;
    }
    CsvDownload.stream(response, "import-" + job + "-rejected-rows", () -> imports.rejectionsCsv(job));
  }
}
