package city.academy.passport.people.api;

import city.academy.passport.api.EmploymentEndRequest;
import city.academy.passport.api.EmploymentRequest;
import city.academy.passport.api.PersonDto;
import city.academy.passport.people.application.EmploymentService;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** An organisation's HR adds posts (starters, second posts) and ends them (leavers). */
@Path("/organisations/{code}/employments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
@RolesAllowed(Role.HR_ADMIN_NAME)
public class EmploymentResource {

  @Inject EmploymentService employments;
  @Inject Caller caller;

  @POST
  @Operation(summary = "Add a post: someone with a passport (by identity) or someone new (by name), who then gets a passport")
  public Response start(@PathParam("code") String code,
      @NotNull(message = "Send the post as JSON.") @Valid EmploymentRequest request) {
    PersonDto person = PersonMapper.toDto(employments.start(code, request, caller));
    return Response.status(Response.Status.CREATED).entity(person).build();
  }

  @POST
  @Path("/{employeeNumber}/end")
  @Operation(summary = "End a post on its last day worked; the person keeps their passport")
  public PersonDto end(@PathParam("code") String code, @PathParam("employeeNumber") String employeeNumber,
      @NotNull(message = "Send the last day as JSON.") @Valid EmploymentEndRequest request) {
    return PersonMapper.toDto(employments.end(code, employeeNumber, request.endDate(), caller));
  }
}
