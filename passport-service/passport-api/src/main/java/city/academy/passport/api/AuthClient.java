package city.academy.passport.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Checks a password held by the passport service (embedded sign-in only; with OpenID Connect the
 * identity provider checks it). Callable only with the portal's own system token.
 */
@RegisterRestClient(configKey = "passport")
@Path("/api/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface AuthClient {

  /** The principal for a correct username and password; 401 otherwise. */
  @POST
  @Path("/password")
  PrincipalDto checkPassword(
      @HeaderParam("Authorization") String bearerToken, PasswordCheckRequest request);
}
