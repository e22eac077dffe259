package city.academy.web.platform;

import city.academy.tokens.TokenSigningUnavailableException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A service's CSV (or other file) handed to the browser as a download: the service's refusal keeps
 * its status and words, a service out of reach is 503. One way for every download link of the portal.
 */
public final class CsvDownload {
  private static final Logger LOG = Logger.getLogger(CsvDownload.class.getName());
  private static final String CODE = "[A-Za-z0-9_-]{1,16}";

  private CsvDownload() {}

  /**
   * The organisation a download is for: the one asked for, or else the first of the caller's own.
   *
   * @return null when there is none or it cannot be a code (then answer 400)
   */
  public static String organisation(String asked, List<String> own) {
    String code = asked == null || asked.isBlank() ? (own.isEmpty() ? null : own.get(0)) : asked.strip();
    return code == null || !code.matches(CODE) ? null : code;
  }

  /** Asks the service for the CSV and sends it as {@code fileName}.csv. */
  public static void send(HttpServletResponse response, String fileName, Supplier<String> csvFromService) throws IOException {
    file(response, fileName + ".csv", "text/csv;charset=UTF-8", () -> {
      String csv = csvFromService.get();
      return new ByteArrayInputStream((csv == null ? "" : csv).getBytes(StandardCharsets.UTF_8));
    });
  }

  /**
   * Asks the service for the CSV as a stream and copies it to the browser as {@code fileName}.csv
   * as it arrives, for files too long to hold whole (an import's rejected rows).
   */
  public static void stream(HttpServletResponse response, String fileName, Supplier<InputStream> csvFromService) throws IOException {
    file(response, fileName + ".csv", "text/csv;charset=UTF-8", csvFromService);
  }

  /**
   * Any file from a service (a CSV, a signed passport's PDF, its credential), copied to the browser
   * as it arrives, as a download called {@code fileName}: the service's refusal keeps its status and
   * words, a service out of reach is 503.
   */
  public static void file(HttpServletResponse response, String fileName, String contentType, Supplier<InputStream> fromService)
      throws IOException {
    InputStream body;
    try {
      body = fromService.get();
    } catch (ServiceProblem problem) {
      response.sendError(problem.status(), problem.getMessage());
      return;
    } catch (WebApplicationException e) {
      response.sendError(e.getResponse().getStatus());
      return;
    } catch (ProcessingException | TokenSigningUnavailableException e) {
      LOG.log(Level.WARNING, "File {0} not available: {1}", new Object[] {fileName, String.valueOf(e)});
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    response.setContentType(contentType);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    if (body == null) {
      return;
    }
    try (InputStream in = body) {
      OutputStream out = response.getOutputStream();
      in.transferTo(out);
    }
  }
}
