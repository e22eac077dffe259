package city.academy.passport.access.api;

import city.academy.passport.access.application.SignInService;
import city.academy.passport.api.PasswordCheckRequest;
import city.academy.passport.api.PrincipalDto;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.problem.ProblemType;
import city.academy.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Password checks for the portal's embedded sign-in. Only the portal's system token may call. */
@Path("/auth")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "token")
public class AuthResource {

  @Inject SignInService signIn;

  @POST
  @Path("/password")
  @RolesAllowed(Role.SYSTEM_NAME)
  @Operation(summary = "Check a username and password; answers who the person is")
  public PrincipalDto checkPassword(@NotNull(message = "Send a username and password.") @Valid PasswordCheckRequest request) {
    return signIn
        .check(request.username(), request.password())
        .orElseThrow(
            () ->
                new ProblemException(
                    ProblemType.UNAUTHORISED, "The username or password is not right."));
  }
}
