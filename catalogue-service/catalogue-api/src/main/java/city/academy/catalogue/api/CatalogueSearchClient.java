package city.academy.catalogue.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Search across every partner's sessions, as a signed-in person uses it (base URL at {@code
 * catalogue/mp-rest/url}; the caller's token is added by a client filter of the calling
 * application). Leave a parameter null to not filter by it.
 */
@RegisterRestClient(configKey = "catalogue")
@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
public interface CatalogueSearchClient {

  /**
   * Upcoming sessions, soonest first.
   *
   * @param q words that must all appear in the course's title or description (any case)
   * @param subject a framework subject code, e.g. FIRE_SAFETY
   * @param provider the organisation running the course, e.g. NGH
   * @param from first day (London), yyyy-mm-dd
   * @param to last day (London), yyyy-mm-dd
   * @param mode CLASSROOM, VIRTUAL, E_LEARNING or BLENDED
   * @param available true for only the sessions with a place you could take now
   * @param page from 0
   * @param size 1 to 100
   */
  @GET
  SessionSearchPageDto search(
      @QueryParam("q") String q,
      @QueryParam("subject") String subject,
      @QueryParam("provider") String provider,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("mode") String mode,
      @QueryParam("available") Boolean available,
      @QueryParam("page") int page,
      @QueryParam("size") int size);
}
