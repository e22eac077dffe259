package city.academy.catalogue.course.api;

import city.academy.catalogue.course.domain.Course;
import city.academy.catalogue.api.CourseDto;
import city.academy.catalogue.api.CoursePageDto;
import city.academy.catalogue.course.domain.CourseRepository;
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

  @GET
  @Operation(summary = "Courses from every partner, by title, a page at a time")
  public CoursePageDto list(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Paging paging = Paging.of(page, size, 100);
    return new CoursePageDto(
        courses.page(paging).stream().map(CourseResource::toDto).toList(), page, size, courses.count());
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
        c.deliveryMode().name(), c.audience(), c.subjectCode(), c.levelCode());
  }
}
