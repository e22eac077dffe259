package city.academy.catalogue.apprenticeship.api;

import city.academy.catalogue.api.EqualityDto;
import city.academy.catalogue.api.EqualityRequest;
import city.academy.catalogue.apprenticeship.application.ApprenticeshipDesk;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A person's own equality monitoring answers. */
@Path("/apprenticeships/equality/me")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
@RolesAllowed({Role.STAFF_NAME, Role.LINE_MANAGER_NAME, Role.HR_ADMIN_NAME, Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
public class EqualityResource {

  @Inject ApprenticeshipDesk desk;
  @Inject Caller caller;

  @GET
  @Operation(summary = "The signed-in person's equality monitoring answers (all null when never declared)")
  public EqualityDto mine() {
    return ApprenticeshipMapper.equality(desk.myEquality(caller));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Declare or change one's answers; each is a code or PREFER_NOT_TO_SAY, blank for not answered")
  public EqualityDto declare(EqualityRequest request) {
    return ApprenticeshipMapper.equality(desk.declare(request, caller));
  }
}
