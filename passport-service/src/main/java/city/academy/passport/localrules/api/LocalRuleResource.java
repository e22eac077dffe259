package city.academy.passport.localrules.api;

import city.academy.passport.api.LocalRuleDto;
import city.academy.passport.localrules.application.LocalRuleService;
import city.academy.passport.localrules.domain.LocalRefresher;
import city.academy.passport.localrules.domain.LocalRequirement;
import city.academy.passport.staffpassport.api.PassportMapper;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** An organisation's local rules (not portable requirements, stricter refresher periods) and local records. */
@Path("/organisations/{code}/local-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
public class LocalRuleResource {

  @Inject LocalRuleService localRules;
  @Inject Caller caller;

  @GET
  @RolesAllowed({Role.STAFF_NAME, Role.LINE_MANAGER_NAME, Role.HR_ADMIN_NAME, Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "An organisation's local rules in force")
  public List<LocalRuleDto> list(@PathParam("code") String code) {
    var rules = localRules.of(code);
    List<LocalRuleDto> all = new ArrayList<>();
    rules.requirements().forEach(r -> all.add(PassportMapper.toDto(r)));
    rules.refreshers().forEach(r -> all.add(PassportMapper.toDto(r)));
    return all;
  }

  @POST
  @RolesAllowed(Role.HR_ADMIN_NAME)
  @Operation(summary = "Add a local requirement (kind REQUIREMENT: code, title, refresherMonths?, staffGroup?) or a stricter refresher period (kind REFRESHER: subject, level, refresherMonths)")
  public Response add(@PathParam("code") String code, @NotNull(message = "Send the rule as JSON.") @Valid LocalRuleDto request) {
    Object rule = localRules.add(code, request, caller);
    LocalRuleDto created = rule instanceof LocalRequirement r ? PassportMapper.toDto(r) : PassportMapper.toDto((LocalRefresher) rule);
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Role.HR_ADMIN_NAME)
  @Operation(summary = "Retire a local rule: it stops applying and stays on file")
  public Response retire(@PathParam("code") String code, @PathParam("id") long id) {
    localRules.retire(code, id, caller);
    return Response.noContent().build();
  }

  @POST
  @Path("/records")
  @RolesAllowed(Role.HR_ADMIN_NAME)
  @Operation(summary = "Record that one of your staff completed one of your local requirements")
  public Response record(@PathParam("code") String code, @NotNull(message = "Send the record as JSON.") @Valid LocalRecordRequest request) {
    var record = localRules.recordLocal(code, request.personId(), request.localCode(), request.completedOn(), request.evidenceReference(), caller);
    return Response.status(Response.Status.CREATED).entity(PassportMapper.toDto(record)).build();
  }
}
