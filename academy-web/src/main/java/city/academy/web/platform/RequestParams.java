package city.academy.web.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import java.util.Map;

/**
 * What a request carries, for pages that load their data before the form is processed.
 *
 * <p>Forms that act on one row of a list (book this session, approve this request) post the row's
 * id in a hidden field and the action reads it from here, rather than from the row's position in a
 * list that is read again for the POST and may have changed in between.
 */
public final class RequestParams {
  private RequestParams() {}

  /** The request parameter, stripped; null when absent or blank. */
  public static String get(String name) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Map<String, String> params = faces == null ? Map.of() : faces.getExternalContext().getRequestParameterMap();
    String value = params.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A positive whole number from the request; null when absent or not one. */
  public static Long id(String name) {
    return parseId(get(name));
  }

  /** A positive whole number in the text; null when there is none. */
  public static Long parseId(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      long value = Long.parseLong(text.strip());
      return value > 0 ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Whether a submitted form is being processed (a POST, before the answer page is drawn). A row's
   * button is then kept whatever the row's state now is, so a button pressed on a page that has
   * gone stale still reaches the service, which says in its own words why it refuses.
   */
  public static boolean processingPost() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces != null && faces.isPostback() && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE;
  }
}
