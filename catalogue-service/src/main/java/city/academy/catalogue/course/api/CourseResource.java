package city.academy.catalogue.course.api;

import city.academy.catalogue.course.domain.Course;
import city.academy.catalogue.api.CourseDto;
import city.academy.catalogue.api.CoursePageDto;
import city.academy.catalogue.course.domain.CourseRepository;
import city.academy.catalogue.api.CourseRequest;
import city.academy.catalogue.course.application.CourseDesk;
import city.academy.platform.security.Caller;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;
import city.academy.platform.problem.Paging;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The shared catalogue's courses, for anyone signed in. */
@Path("/courses")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
@RolesAllowed({
  Role.STAFF_NAME,
  Role.LINE_MANAGER_NAME,
  Role.HR_ADMIN_NAME,
  Role.PROVIDER_NAME,
  Role.ACADEMY_ADMIN_NAME
})
public class CourseResource {

  @Inject CourseRepository courses;
  @Inject CourseDesk desk;
  @Inject Caller caller;

  @GET
  @Operation(summary = "Courses from every partner, or one provider's (provider=NGH), by title, a page at a time")
  public CoursePageDto list(
      @QueryParam("provider") String provider,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Paging paging = Paging.of(page, size, 100);
    if (provider != null && !provider.isBlank()) {
      String code = provider.strip();
      return new CoursePageDto(
          courses.pageOf(code, paging).stream().map(CourseResource::toDto).toList(), page, size, courses.countOf(code));
    }
    return new CoursePageDto(
        courses.page(paging).stream().map(CourseResource::toDto).toList(), page, size, courses.count());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "Offer a course (providers of the organisation that runs it)")
  public Response offer(CourseRequest request) {
    return Response.status(Response.Status.CREATED).entity(toDto(desk.offer(request, caller))).build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "Change a course's description (providers of the organisation that runs it)")
  public CourseDto revise(@PathParam("id") long id, CourseRequest request) {
    return toDto(desk.revise(id, request, caller));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One course")
  public CourseDto course(@PathParam("id") long id) {
    return courses.byId(id).map(CourseResource::toDto)
        .orElseThrow(() -> ProblemException.notFound("There is no course number " + id + "."));
  }

  static CourseDto toDto(Course c) {
    return new CourseDto(
        c.id(), c.ownerOrganisationCode(), c.title(), c.description(), c.category(), c.cpdHours(),
        c.deliveryMode().name(), c.audience(), c.subjectCode(), c.levelCode(), c.prerequisites());
  }
}
