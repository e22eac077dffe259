package city.academy.catalogue.calendar.api;

import city.academy.catalogue.api.CalendarFeedDto;
import city.academy.catalogue.calendar.application.CalendarFeeds;
import city.academy.catalogue.calendar.domain.CalendarFeed;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A person's private iCalendar feed. Managing the address needs the person's token; reading the
 * feed does not, because calendar clients cannot send one: the secret in the address is the key.
 */
@Path("/calendar")
@RequestScoped
public class CalendarResource {
  public static final String TEXT_CALENDAR = "text/calendar";

  @Inject CalendarFeeds feeds;
  @Inject Caller caller;
  @Context UriInfo uri;

  @GET
  @Path("/me/feed")
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "token")
  @RolesAllowed({Role.STAFF_NAME, Role.LINE_MANAGER_NAME, Role.HR_ADMIN_NAME, Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "Whether I have a live calendar feed address, and since when (the address is shown only when issued)")
  public CalendarFeedDto myFeed() {
    return feeds.live(caller).map(f -> new CalendarFeedDto(true, null, f.issuedAt())).orElse(new CalendarFeedDto(false, null, null));
  }

  @POST
  @Path("/me/feed")
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "token")
  @RolesAllowed({Role.STAFF_NAME, Role.LINE_MANAGER_NAME, Role.HR_ADMIN_NAME, Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "Issue a new secret address for my calendar feed (shown once); the previous address stops working")
  public Response issue() {
    CalendarFeed.Issued issued = feeds.rotate(caller);
    String url = uri.getBaseUriBuilder().path("calendar").path(issued.secret() + ".ics").build().toString();
    return Response.status(Response.Status.CREATED).entity(new CalendarFeedDto(true, url, issued.feed().issuedAt())).build();
  }

  @DELETE
  @Path("/me/feed")
  @SecurityRequirement(name = "token")
  @RolesAllowed({Role.STAFF_NAME, Role.LINE_MANAGER_NAME, Role.HR_ADMIN_NAME, Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "Stop my calendar feed address")
  public Response stop() {
    feeds.stop(caller);
    return Response.noContent().build();
  }

  /** Public on purpose: calendar clients subscribe without a token; the unguessable address is the key. */
  @GET
  @Path("/{secret}.ics")
  @Produces(TEXT_CALENDAR)
  @PermitAll
  @Operation(summary = "A person's calendar feed (iCalendar): their confirmed sessions, changes and cancellations."
      + " No token: the secret address is the key; an old or unknown address answers 404")
  public Response feed(@PathParam("secret") String secret) {
    CacheControl cache = new CacheControl();
    cache.setPrivate(true);
    cache.setMaxAge(300);
    return Response.ok(feeds.feed(secret), TEXT_CALENDAR + "; charset=UTF-8").cacheControl(cache).build();
  }
}
