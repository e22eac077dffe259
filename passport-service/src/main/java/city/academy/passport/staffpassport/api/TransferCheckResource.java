package city.academy.passport.staffpassport.api;

import city.academy.passport.api.TransferCheckDto;
import city.academy.passport.api.TransferCheckRequest;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.staffpassport.application.SharingService;
import city.academy.platform.security.Caller;
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

/** Transfer checks by HR of a receiving organisation. */
@Path("/transfer-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
public class TransferCheckResource {

  @Inject SharingService sharing;
  @Inject TrainingFramework framework;
  @Inject Caller caller;

  @POST
  @RolesAllowed(Role.HR_ADMIN_NAME)
  @Operation(summary = "What of a person's training counts for a new post in your organisation, and what is to do before the start date")
  public TransferCheckDto check(@NotNull(message = "Send the transfer check as JSON.") @Valid TransferCheckRequest request) {
    return PassportMapper.toDto(sharing.check(request, caller), framework);
  }
}
