package city.academy.catalogue.apprenticeship.api;

import city.academy.catalogue.api.ProgrammeDto;
import city.academy.catalogue.api.ProgrammeRequest;
import city.academy.catalogue.apprenticeship.application.ApprenticeshipDesk;
import city.academy.catalogue.apprenticeship.domain.ProgrammeRepository;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Apprenticeship programmes (standards). */
@Path("/apprenticeships/programmes")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
public class ProgrammeResource {

  @Inject ApprenticeshipDesk desk;
  @Inject ProgrammeRepository programmes;
  @Inject Caller caller;

  @GET
  @RolesAllowed({Role.STAFF_NAME, Role.LINE_MANAGER_NAME, Role.HR_ADMIN_NAME, Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "Every apprenticeship programme, by title (anyone signed in)")
  public List<ProgrammeDto> programmes() {
    Map<Long, Long> cohorts = programmes.cohortCounts();
    return desk.programmes().stream().map(p -> ApprenticeshipMapper.programme(p, cohorts.getOrDefault(p.id(), 0L))).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ACADEMY_ADMIN_NAME)
  @Operation(summary = "Set up a programme: standard reference (ST0118), title, level 2-7, months (8 or more), minimum off-the-job hours (187 or more)")
  public Response add(ProgrammeRequest request) {
    return Response.status(Response.Status.CREATED).entity(ApprenticeshipMapper.programme(desk.addProgramme(request, caller), 0)).build();
  }
}
