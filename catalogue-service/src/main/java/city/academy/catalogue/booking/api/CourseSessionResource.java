package city.academy.catalogue.booking.api;

import city.academy.catalogue.api.SessionDto;
import city.academy.catalogue.api.SessionPageDto;
import city.academy.catalogue.api.SessionRequest;
import city.academy.catalogue.booking.application.BookingService;
import city.academy.platform.problem.Paging;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A course's sessions: anyone signed in sees them; the running organisation's providers add them. */
@Path("/courses/{courseId}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
public class CourseSessionResource {

  @Inject BookingService service;
  @Inject Caller caller;

  @GET
  @Transactional
  @RolesAllowed({Role.STAFF_NAME, Role.LINE_MANAGER_NAME, Role.HR_ADMIN_NAME, Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "A course's sessions, soonest first, with the places left; past sessions only with includePast=true")
  public SessionPageDto sessions(
      @PathParam("courseId") long courseId,
      @QueryParam("includePast") @DefaultValue("false") boolean includePast,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Paging paging = Paging.of(page, size, 100);
    return new SessionPageDto(
        service.sessionsOfCourse(courseId, includePast, paging).stream().map(BookingMapper::toDto).toList(),
        page, size, service.countSessionsOfCourse(courseId, includePast));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "Schedule a session of a course your organisation runs (times with an offset, or London local times)")
  public Response schedule(
      @PathParam("courseId") long courseId, @NotNull(message = "Send the session as JSON.") @Valid SessionRequest request) {
    SessionDto created = BookingMapper.toDto(service.schedule(courseId, request, caller));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }
}
