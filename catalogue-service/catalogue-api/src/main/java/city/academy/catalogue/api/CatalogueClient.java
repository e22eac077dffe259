package city.academy.catalogue.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The catalogue service as a signed-in person uses it (base URL at {@code catalogue/mp-rest/url}).
 * The caller's token is added by a client filter of the calling application.
 */
@RegisterRestClient(configKey = "catalogue")
@Path("/api/courses")
@Produces(MediaType.APPLICATION_JSON)
public interface CatalogueClient {

  /** Courses from every partner, by title, a page at a time (page from 0; size 1 to 100). */
  @GET
  CoursePageDto courses(@QueryParam("page") int page, @QueryParam("size") int size);

  /** One provider organisation's courses, by title, a page at a time. */
  @GET
  CoursePageDto coursesOf(@QueryParam("provider") String provider, @QueryParam("page") int page, @QueryParam("size") int size);

  @GET
  @Path("/{id}")
  CourseDto course(@PathParam("id") long id);
}
