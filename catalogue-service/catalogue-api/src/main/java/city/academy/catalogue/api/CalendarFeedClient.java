package city.academy.catalogue.api;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The signed-in person's calendar feed address (base URL at {@code catalogue/mp-rest/url}; the
 * caller's token is added by a client filter). The feed itself ({@code GET /api/calendar/{secret}.ics})
 * is read by calendar clients without a token.
 */
@RegisterRestClient(configKey = "catalogue")
@Path("/api/calendar/me/feed")
@Produces(MediaType.APPLICATION_JSON)
public interface CalendarFeedClient {

  /** Whether I have a live feed address, and since when (the address itself is shown only when issued). */
  @GET
  CalendarFeedDto myFeed();

  /** A new secret address for my feed; the previous one stops working at once. */
  @POST
  CalendarFeedDto issue();

  /** Stops my feed address. */
  @DELETE
  void stop();
}
