package city.academy.catalogue.report.api;

import city.academy.catalogue.api.CityReportDto;
import city.academy.catalogue.api.MonthFiguresDto;
import city.academy.catalogue.api.ProviderReportDto;
import city.academy.catalogue.report.application.FillReports;
import city.academy.catalogue.report.domain.FillReport;
import city.academy.catalogue.report.domain.MonthTally;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Fill and sharing reports by provider and month, as JSON and CSV. Months are yyyy-mm (London). */
@Path("/reports")
@RequestScoped
@SecurityRequirement(name = "token")
public class ReportResource {
  static final String[] CSV_HEADER = {"provider", "month", "sessions", "cancelled_sessions", "places_offered", "places_filled",
      "places_unfilled", "filled_by_other_partners", "attendance_marked", "did_not_attend", "did_not_attend_rate"};

  @Inject FillReports reports;
  @Inject Caller caller;

  @GET
  @Path("/providers/{code}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "A provider organisation's places offered, filled, unfilled, filled by other partners' staff and"
      + " did-not-attend rate, month by month (its own providers, academy admins); from/to yyyy-mm, this year by default")
  public ProviderReportDto provider(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
    FillReport report = reports.provider(code, from, to, caller);
    String provider = code.strip().toUpperCase(Locale.ROOT);
    return providerDto(report, provider, report.provider(provider));
  }

  @GET
  @Path("/providers/{code}/csv")
  @Produces("text/csv")
  @RolesAllowed({Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "A provider organisation's report as CSV, one row per month")
  public Response providerCsv(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
    FillReport report = reports.provider(code, from, to, caller);
    String provider = code.strip().toUpperCase(Locale.ROOT);
    return csv(report, Map.of(provider, report.provider(provider)), false, "fill-" + provider);
  }

  @GET
  @Path("/city")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ACADEMY_ADMIN_NAME)
  @Operation(summary = "Every provider's months and the city-wide total per month (academy admins)")
  public CityReportDto city(@QueryParam("from") String from, @QueryParam("to") String to) {
    FillReport report = reports.city(from, to, caller);
    List<ProviderReportDto> providers = report.providers().entrySet().stream()
        .map(e -> providerDto(report, e.getKey(), e.getValue())).toList();
    return new CityReportDto(report.period().from().toString(), report.period().to().toString(), months(report.city()),
        figures(null, FillReport.total(report.city())), providers);
  }

  @GET
  @Path("/city/csv")
  @Produces("text/csv")
  @RolesAllowed(Role.ACADEMY_ADMIN_NAME)
  @Operation(summary = "The city-wide report as CSV: a row per provider and month, then the city's rows (provider CITY)")
  public Response cityCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
    FillReport report = reports.city(from, to, caller);
    return csv(report, report.providers(), true, "fill-city");
  }

  static ProviderReportDto providerDto(FillReport report, String provider, Map<YearMonth, MonthTally> months) {
    return new ProviderReportDto(provider, report.period().from().toString(), report.period().to().toString(), months(months),
        figures(null, FillReport.total(months)));
  }

  static List<MonthFiguresDto> months(Map<YearMonth, MonthTally> months) {
    return months.entrySet().stream().map(e -> figures(e.getKey(), e.getValue())).toList();
  }

  static MonthFiguresDto figures(YearMonth month, MonthTally t) {
    return new MonthFiguresDto(month == null ? null : month.toString(), t.sessions(), t.cancelledSessions(), t.placesOffered(),
        t.placesFilled(), t.placesUnfilled(), t.filledByOtherPartners(), t.attendanceMarked(), t.didNotAttend(), t.didNotAttendRate());
  }

  private static Response csv(FillReport report, Map<String, Map<YearMonth, MonthTally>> providers, boolean withCity, String name) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get())) {
      for (var provider : providers.entrySet()) {
        for (var month : provider.getValue().entrySet()) {
          row(csv, provider.getKey(), month.getKey(), month.getValue());
        }
      }
      if (withCity) {
        for (var month : report.city().entrySet()) {
          row(csv, "CITY", month.getKey(), month.getValue());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Response.ok(out.toString(), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + "-" + report.period().from() + "-to-" + report.period().to() + ".csv\"")
        .build();
  }

  private static void row(CSVPrinter csv, String provider, YearMonth month, MonthTally t) throws IOException {
    Double rate = t.didNotAttendRate();
    csv.printRecord(provider, month, t.sessions(), t.cancelledSessions(), t.placesOffered(), t.placesFilled(), t.placesUnfilled(),
        t.filledByOtherPartners(), t.attendanceMarked(), t.didNotAttend(), rate == null ? "" : String.format(Locale.ROOT, "%.4f", rate));
  }
}
