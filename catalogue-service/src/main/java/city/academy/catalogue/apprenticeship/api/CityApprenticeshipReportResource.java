package city.academy.catalogue.apprenticeship.api;

import city.academy.catalogue.api.CityApprenticeshipReportDto;
import city.academy.catalogue.apprenticeship.application.ApprenticeshipReports;
import city.academy.catalogue.apprenticeship.application.ApprenticeshipReports.CityReport;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Every cohort and programme across the city (academy admins). */
@Path("/apprenticeships/report")
@RequestScoped
@SecurityRequirement(name = "token")
@RolesAllowed(Role.ACADEMY_ADMIN_NAME)
public class CityApprenticeshipReportResource {

  @Inject ApprenticeshipReports reports;
  @Inject Caller caller;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A summary per cohort, per programme and for the city; funnel, withdrawals and equality city-wide (small numbers suppressed)")
  public CityApprenticeshipReportDto report(@QueryParam("asOf") String asOf) {
    return dto(reports.city(asOf, caller));
  }

  @GET
  @Path("/csv")
  @Produces("text/csv")
  @Operation(summary = "The city report as CSV: a row per cohort, then per programme, then the city")
  public Response csv(@QueryParam("asOf") String asOf) {
    CityApprenticeshipReportDto r = dto(reports.city(asOf, caller));
    return Response.ok(ApprenticeshipExports.summaryCsv(r.cohorts(), r.programmes(), r.city()), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"apprenticeships-" + r.asOf() + ".csv\"").build();
  }

  @GET
  @Path("/xlsx")
  @Produces(ApprenticeshipExports.XLSX)
  @Operation(summary = "The city report as a spreadsheet")
  public Response xlsx(@QueryParam("asOf") String asOf) {
    CityApprenticeshipReportDto r = dto(reports.city(asOf, caller));
    byte[] xlsx = ApprenticeshipExports.cityWorkbook(r.asOf(), r.cohorts(), r.programmes(), r.city(), r.funnel(), r.withdrawalReasons(),
        r.equality());
    return Response.ok(xlsx, ApprenticeshipExports.XLSX)
        .header("Content-Disposition", "attachment; filename=\"apprenticeships-" + r.asOf() + ".xlsx\"").build();
  }

  private static CityApprenticeshipReportDto dto(CityReport r) {
    return new CityApprenticeshipReportDto(r.asOf(), ApprenticeshipMapper.summary(r.city()),
        r.programmes().stream().map(ApprenticeshipMapper::summary).toList(), r.cohorts().stream().map(ApprenticeshipMapper::summary).toList(),
        ApprenticeshipMapper.counts(r.funnel()), ApprenticeshipMapper.counts(r.withdrawals()), ApprenticeshipMapper.equality(r.equality()));
  }
}
