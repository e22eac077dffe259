package city.academy.web.catalogue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import city.academy.web.platform.ProblemResponseMapper;
import city.academy.web.security.BearerTokenFilter;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The catalogue service as the portal uses it (base URL at {@code catalogue/mp-rest/url}). The
 * signed-in person's token is added by {@link BearerTokenFilter}; error answers become {@code
 * ServiceProblem}s carrying the service's own words.
 */
@RegisterRestClient(configKey = "catalogue")
@RegisterProvider(BearerTokenFilter.class)
@RegisterProvider(ProblemResponseMapper.class)
@Path("/api/courses")
@Produces(MediaType.APPLICATION_JSON)
public interface CatalogueClient {

  /** Courses from every partner, by title, a page at a time (page from 0; size 1 to 100). */
  @GET
  CoursePageDto courses(@QueryParam("page") int page, @QueryParam("size") int size);

  @GET
  @Path("/{id}")
  CourseDto course(@PathParam("id") long id);
}
