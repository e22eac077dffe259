package city.academy.passport.records.api;

import city.academy.passport.api.CompletionRequest;
import city.academy.passport.api.ManualRecordRequest;
import city.academy.passport.api.RecordChangeRequest;
import city.academy.passport.api.TrainingRecordDto;
import city.academy.passport.records.application.RecordService;
import city.academy.passport.staffpassport.api.PassportMapper;
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

/** Manual records, corrections and revocations: each a new entry, never an overwrite. */
@Path("/records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
@RolesAllowed({Role.HR_ADMIN_NAME, Role.PROVIDER_NAME})
public class RecordResource {

  @Inject RecordService recordService;
  @Inject Caller caller;

  @POST
  @Operation(summary = "Record training by hand, with its evidence, attested by your organisation")
  public Response add(@NotNull(message = "Send the record as JSON.") @Valid ManualRecordRequest request) {
    return Response.status(Response.Status.CREATED).entity(PassportMapper.toDto(recordService.add(request, caller))).build();
  }

  @POST
  @Path("/completions")
  @RolesAllowed(Role.SYSTEM_NAME)
  @Operation(summary = "A completion handed over by the catalogue: recorded once per reference (201); sent again, the same record (200)")
  public Response completion(@NotNull(message = "Send the completion as JSON.") @Valid CompletionRequest request) {
    RecordService.Recorded recorded = recordService.recordCompletion(request, caller.username());
    return Response.status(recorded.isNew() ? Response.Status.CREATED : Response.Status.OK)
        .entity(PassportMapper.toDto(recorded.record())).build();
  }

  @POST
  @Path("/{id}/corrections")
  @Operation(summary = "Correct a record's level or completion date, with a reason; the original stays in the history")
  public Response correct(@PathParam("id") long id, @NotNull(message = "Send the correction as JSON.") @Valid RecordChangeRequest request) {
    TrainingRecordDto correction = PassportMapper.toDto(recordService.correct(id, request, caller));
    return Response.status(Response.Status.CREATED).entity(correction).build();
  }

  @POST
  @Path("/{id}/revocations")
  @Operation(summary = "Revoke a record, with a reason; it stays in the history but no longer counts")
  public Response revoke(@PathParam("id") long id, @NotNull(message = "Send the reason as JSON.") @Valid RecordChangeRequest request) {
    return Response.status(Response.Status.CREATED).entity(PassportMapper.toDto(recordService.revoke(id, request, caller))).build();
  }
}
