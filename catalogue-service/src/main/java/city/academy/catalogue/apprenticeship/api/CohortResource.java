package city.academy.catalogue.apprenticeship.api;

import city.academy.catalogue.api.ApprenticeDto;
import city.academy.catalogue.api.ApprenticePageDto;
import city.academy.catalogue.api.CohortDto;
import city.academy.catalogue.api.CohortPageDto;
import city.academy.catalogue.api.CohortReportDto;
import city.academy.catalogue.api.CohortRequest;
import city.academy.catalogue.api.EnrolmentRequest;
import city.academy.catalogue.apprenticeship.application.ApprenticeshipDesk;
import city.academy.catalogue.apprenticeship.application.ApprenticeshipReports;
import city.academy.catalogue.apprenticeship.application.Dates;
import city.academy.catalogue.apprenticeship.application.ApprenticeshipReports.CohortReport;
import city.academy.catalogue.apprenticeship.domain.Cohort;
import city.academy.catalogue.apprenticeship.domain.CohortRepository;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Cohorts, their apprentices and the cohort report. Academy admins see every cohort; HR admins
 * the cohorts their organisations take part in, and in them only their own apprentices; course
 * providers the cohorts they train.
 */
@Path("/apprenticeships/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
@RolesAllowed({Role.HR_ADMIN_NAME, Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
public class CohortResource {

  @Inject ApprenticeshipDesk desk;
  @Inject ApprenticeshipReports reports;
  @Inject CohortRepository cohorts;
  @Inject Caller caller;

  @GET
  @Operation(summary = "Cohorts, newest first: every cohort for academy admins, those of the caller's organisations for HR admins"
      + " and providers; q keeps those whose name contains it")
  public CohortPageDto list(@QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Paging paging = Paging.of(page, size, 100);
    List<Cohort> found = desk.cohorts(caller, q, paging);
    Map<Long, Long> counts = cohorts.apprenticeCounts(found.stream().map(Cohort::id).toList());
    return new CohortPageDto(found.stream().map(c -> ApprenticeshipMapper.cohort(c, counts.getOrDefault(c.id(), 0L))).toList(), page, size,
        desk.cohortCount(caller, q));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ACADEMY_ADMIN_NAME)
  @Operation(summary = "Set up a cohort: programme, name, training provider, start date, academy contact, employers (academy admins)")
  public Response add(CohortRequest request) {
    return Response.status(Response.Status.CREATED).entity(ApprenticeshipMapper.cohort(desk.addCohort(request, caller), 0)).build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One cohort; its count of apprentices is those the caller may see")
  public CohortDto cohort(@PathParam("id") long id) {
    ApprenticeshipDesk.VisibleCohort visible = desk.cohort(id, caller);
    return ApprenticeshipMapper.cohort(visible.cohort(), visible.apprentices());
  }

  @GET
  @Path("/{id}/apprentices")
  @Operation(summary = "The cohort's apprentices the caller may see, by name")
  public ApprenticePageDto apprentices(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    Paging paging = Paging.of(page, size, 200);
    LocalDate today = Dates.today();
    ApprenticeshipDesk.ApprenticePage found = desk.cohortApprentices(id, caller, paging);
    return new ApprenticePageDto(found.apprentices().stream().map(a -> ApprenticeshipMapper.apprentice(a, today, false)).toList(), page,
        size, found.total());
  }

  @POST
  @Path("/{id}/apprentices")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ACADEMY_ADMIN_NAME)
  @Operation(summary = "Enrol a person who works at one of the cohort's employers (academy admins)")
  public Response enrol(@PathParam("id") long id, EnrolmentRequest request) {
    ApprenticeDto dto = ApprenticeshipMapper.apprentice(desk.enrol(id, request, caller), Dates.today(), true);
    return Response.status(Response.Status.CREATED).entity(dto).build();
  }

  @GET
  @Path("/{id}/report")
  @Operation(summary = "How the cohort is doing: headcount by employer, funnel, hours, reviews, withdrawals, achievement, equality (small numbers suppressed)")
  public CohortReportDto report(@PathParam("id") long id, @QueryParam("asOf") String asOf) {
    return reportDto(reports.cohort(id, asOf, caller));
  }

  private static CohortReportDto reportDto(CohortReport r) {
    return new CohortReportDto(ApprenticeshipMapper.cohort(r.cohort(), r.summary().apprentices()), r.asOf(),
        r.employerScope().stream().sorted().toList(), ApprenticeshipMapper.summary(r.summary()),
        r.byEmployer().stream().map(ApprenticeshipMapper::summary).toList(), ApprenticeshipMapper.counts(r.funnel()),
        r.behind().stream().map(l -> ApprenticeshipMapper.otjLine(l, r.asOf())).toList(),
        r.overdue().stream().map(l -> ApprenticeshipMapper.overdue(l, r.asOf())).toList(),
        ApprenticeshipMapper.counts(r.withdrawals()), ApprenticeshipMapper.counts(r.grades()), ApprenticeshipMapper.equality(r.equality()));
  }

  @GET
  @Path("/{id}/report/csv")
  @Produces("text/csv")
  @Operation(summary = "The cohort's apprentices the caller may see as CSV, one row each (no equality answers)")
  public Response reportCsv(@PathParam("id") long id, @QueryParam("asOf") String asOf) {
    CohortReport r = reports.cohort(id, asOf, caller);
    return Response.ok(ApprenticeshipExports.apprenticesCsv(r.lines(), r.asOf()), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"cohort-" + id + "-" + r.asOf() + ".csv\"").build();
  }

  @GET
  @Path("/{id}/report/xlsx")
  @Produces(ApprenticeshipExports.XLSX)
  @Operation(summary = "The cohort report as a spreadsheet: summary, employers, apprentices, funnel, withdrawals, grades, equality")
  public Response reportXlsx(@PathParam("id") long id, @QueryParam("asOf") String asOf) {
    CohortReport r = reports.cohort(id, asOf, caller);
    CohortReportDto dto = reportDto(r);
    byte[] xlsx = ApprenticeshipExports.cohortWorkbook(r.cohort().name(), dto.summary(), dto.byEmployer(), r.lines(), r.asOf(), dto.funnel(),
        dto.withdrawalReasons(), dto.grades(), dto.equality());
    return Response.ok(xlsx, ApprenticeshipExports.XLSX)
        .header("Content-Disposition", "attachment; filename=\"cohort-" + id + "-" + r.asOf() + ".xlsx\"").build();
  }
}
