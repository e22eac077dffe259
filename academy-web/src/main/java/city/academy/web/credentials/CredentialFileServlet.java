package city.academy.web.credentials;

import city.academy.passport.api.CredentialClient;
import city.academy.web.platform.CsvDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A signed passport as a file: the PDF ({@code /credentials/passport.pdf?id=...}) or the credential
 * itself ({@code /credentials/passport.jwt?id=...}), streamed from the passport service with the
 * signed-in person's token (the service gives a person only their own). Protected by {@code
 * web.xml}'s rule for the whole portal: anyone signed in.
 */
@WebServlet({"/credentials/passport.pdf", "/credentials/passport.jwt"})
public class CredentialFileServlet extends HttpServlet {

  @Inject @RestClient CredentialClient credentials;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String id = request.getParameter("id");
    if (!CredentialWords.isId(id)) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Say which signed passport (id=...).");
      return;
    }
    String name = "signed-passport-" + id.substring(0, 8);
    if (request.getServletPath().endsWith(".pdf")) {
      CsvDownload.file(response, name + ".pdf", "application/pdf", () -> credentials.pdf(id));
    } else {
      CsvDownload.file(response, name + ".jwt", "application/vc+jwt", () -> credentials.credentialFile(id));
    }
  }
}
