package city.academy.passport.framework.api;

import city.academy.passport.api.TrainingFrameworkDto;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The training framework in force. */
@Path("/framework")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
public class FrameworkResource {

  @Inject TrainingFramework framework;

  @GET
  @RolesAllowed({
    Role.STAFF_NAME,
    Role.LINE_MANAGER_NAME,
    Role.HR_ADMIN_NAME,
    Role.PROVIDER_NAME,
    Role.ACADEMY_ADMIN_NAME,
    Role.SYSTEM_NAME
  })
  @Operation(summary = "The training framework in force: subjects, levels, refresher periods, rules and sources")
  public TrainingFrameworkDto framework() {
    return framework.data();
  }
}
