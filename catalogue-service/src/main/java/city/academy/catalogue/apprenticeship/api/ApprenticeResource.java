package city.academy.catalogue.apprenticeship.api;

import city.academy.catalogue.api.ApprenticeDto;
import city.academy.catalogue.api.ApprenticePageDto;
import city.academy.catalogue.api.EqualityDto;
import city.academy.catalogue.api.OtjDecisionRequest;
import city.academy.catalogue.api.OtjEntryDto;
import city.academy.catalogue.api.OtjEntryRequest;
import city.academy.catalogue.api.OtjLogDto;
import city.academy.catalogue.api.ReviewDto;
import city.academy.catalogue.api.ReviewRequest;
import city.academy.catalogue.api.TransitionRequest;
import city.academy.catalogue.apprenticeship.application.ApprenticeshipDesk;
import city.academy.catalogue.apprenticeship.application.Dates;
import city.academy.catalogue.apprenticeship.domain.Apprentice;
import city.academy.platform.problem.Paging;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Apprentices: their record and journey, off-the-job hours and reviews. Who may see or do what is
 * decided per apprentice (docs/apprenticeships.md, "Who sees what").
 */
@Path("/apprenticeships/apprentices")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
@RolesAllowed({Role.STAFF_NAME, Role.LINE_MANAGER_NAME, Role.HR_ADMIN_NAME, Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
public class ApprenticeResource {

  @Inject ApprenticeshipDesk desk;
  @Inject Caller caller;

  @GET
  @RolesAllowed({Role.HR_ADMIN_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "One employer's apprentices across cohorts, by name (its HR admins, academy admins)")
  public ApprenticePageDto ofEmployer(@QueryParam("employer") String employer, @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    Paging paging = Paging.of(page, size, 200);
    LocalDate today = Dates.today();
    return new ApprenticePageDto(desk.ofEmployer(employer, caller, paging).stream().map(a -> ApprenticeshipMapper.apprentice(a, today, false))
        .toList(), page, size, desk.countOfEmployer(employer, caller));
  }

  @GET
  @Path("/mine")
  @Operation(summary = "The signed-in person's own apprenticeships")
  public List<ApprenticeDto> mine() {
    return dtos(desk.mine(caller));
  }

  @GET
  @Path("/managed")
  @Operation(summary = "The apprentices the signed-in person line-manages")
  public List<ApprenticeDto> managed() {
    return dtos(desk.managed(caller));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "An apprentice's record and journey (the apprentice, their line manager, their employer's HR, the provider, academy admins)")
  public ApprenticeDto apprentice(@PathParam("id") long id) {
    return ApprenticeshipMapper.apprentice(desk.apprentice(id, caller), Dates.today(), true);
  }

  @POST
  @Path("/{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ACADEMY_ADMIN_NAME)
  @Operation(summary = "Move an apprentice to a new status on a date (academy admins); moves the journey does not allow are refused")
  public ApprenticeDto transition(@PathParam("id") long id, TransitionRequest request) {
    return ApprenticeshipMapper.apprentice(desk.transition(id, request, caller), Dates.today(), true);
  }

  @GET
  @Path("/{id}/otj")
  @Operation(summary = "An apprentice's off-the-job log, newest first, with hours planned against done")
  public OtjLogDto otj(@PathParam("id") long id) {
    Apprentice a = desk.apprentice(id, caller);
    return new OtjLogDto(a.id(), ApprenticeshipMapper.progress(a.line().pace(Dates.today())),
        a.entries().stream().map(ApprenticeshipMapper::entry).toList());
  }

  @POST
  @Path("/{id}/otj")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Log off-the-job hours (the apprentice themself)")
  public Response logHours(@PathParam("id") long id, OtjEntryRequest request) {
    return Response.status(Response.Status.CREATED).entity(ApprenticeshipMapper.entry(desk.logHours(id, request, caller))).build();
  }

  @POST
  @Path("/{id}/otj/{entryId}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Confirm or reject a logged entry (line manager, employer's HR admins, the cohort's provider, academy admins)")
  public OtjEntryDto decide(@PathParam("id") long id, @PathParam("entryId") long entryId, OtjDecisionRequest request) {
    return ApprenticeshipMapper.entry(desk.decide(id, entryId, request, caller));
  }

  @GET
  @Path("/{id}/reviews")
  @Operation(summary = "An apprentice's progress reviews, newest first")
  public List<ReviewDto> reviews(@PathParam("id") long id) {
    return desk.reviews(id, caller).stream().map(ApprenticeshipMapper::review).toList();
  }

  @POST
  @Path("/{id}/reviews")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record a progress review (line manager, employer's HR admins, the cohort's provider, academy admins)")
  public Response review(@PathParam("id") long id, ReviewRequest request) {
    return Response.status(Response.Status.CREATED).entity(ApprenticeshipMapper.review(desk.review(id, request, caller))).build();
  }

  @GET
  @Path("/{id}/equality")
  @Operation(summary = "An apprentice's equality monitoring answers (the person themself and academy admins only)")
  public EqualityDto equality(@PathParam("id") long id) {
    return ApprenticeshipMapper.equality(desk.equalityOf(id, caller));
  }

  private static List<ApprenticeDto> dtos(List<Apprentice> apprentices) {
    LocalDate today = Dates.today();
    return apprentices.stream().map(a -> ApprenticeshipMapper.apprentice(a, today, false)).toList();
  }
}
