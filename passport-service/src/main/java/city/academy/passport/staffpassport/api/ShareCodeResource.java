package city.academy.passport.staffpassport.api;

import city.academy.passport.api.ShareCodeDto;
import city.academy.passport.api.ShareCodeRequest;
import city.academy.passport.staffpassport.application.SharingService;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A person's share codes: consent for another organisation's HR to check their passport. */
@Path("/people/me/share-codes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
@RolesAllowed({Role.STAFF_NAME, Role.LINE_MANAGER_NAME, Role.HR_ADMIN_NAME, Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
public class ShareCodeResource {

  @Inject SharingService sharing;
  @Inject Caller caller;

  @POST
  @Operation(summary = "Issue a share code (validDays 1-90, default 28; optionally for one organisation). The code is shown only now.")
  public Response issue(@Valid ShareCodeRequest request) {
    return Response.status(Response.Status.CREATED).entity(PassportMapper.toDto(sharing.issue(request, caller))).build();
  }

  @GET
  @Operation(summary = "My share codes, newest first, with their status")
  public List<ShareCodeDto> mine() {
    return sharing.mine(caller).stream().map(PassportMapper::toDto).toList();
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Withdraw one of my share codes; it stays listed as revoked")
  public ShareCodeDto revoke(@PathParam("id") long id) {
    return PassportMapper.toDto(sharing.revoke(id, caller));
  }
}
