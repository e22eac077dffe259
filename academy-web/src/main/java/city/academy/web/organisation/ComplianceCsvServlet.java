package city.academy.web.organisation;

import city.academy.passport.api.PassportClient;
import city.academy.web.platform.CsvDownload;
import city.academy.web.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The compliance counts as CSV ({@code /organisation/compliance.csv?org=NGH}), streamed from the
 * passport service with the signed-in person's token (the service decides who may have it). Under
 * {@code /organisation/}, so {@code web.xml} already restricts it to HR and academy admins.
 */
@WebServlet("/organisation/compliance.csv")
public class ComplianceCsvServlet extends HttpServlet {

  @Inject @RestClient PassportClient passport;
  @Inject CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    List<String> mine = currentUser.getUser() == null ? List.of() : currentUser.getUser().hrAdminOf();
    String code = CsvDownload.organisation(request.getParameter("org"), mine);
    if (code == null) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Choose an organisation.");
      return;
    }
    CsvDownload.send(response, "compliance-" + code, () -> passport.complianceCsv(code, null));
  }
}
