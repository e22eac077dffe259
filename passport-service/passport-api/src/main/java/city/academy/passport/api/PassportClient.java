package city.academy.passport.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The passport service as a signed-in person uses it. The caller's token is added by a client
 * filter of the calling application.
 */
@RegisterRestClient(configKey = "passport")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface PassportClient {

  @GET
  @Path("/people/me")
  PersonDto me();

  @GET
  @Path("/people/{personId}")
  PersonDto person(@PathParam("personId") String personId);

  @GET
  @Path("/organisations")
  List<OrganisationDto> organisations();

  @GET
  @Path("/organisations/{code}/staff")
  PageDto<PersonDto> staff(
      @PathParam("code") String organisationCode,
      @QueryParam("page") int page,
      @QueryParam("size") int size);

  @GET
  @Path("/framework")
  TrainingFrameworkDto framework();
}
