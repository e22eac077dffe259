package city.academy.passport.compliance.api;

import city.academy.passport.api.OrganisationDigestDto;
import city.academy.passport.api.ComplianceDto;
import city.academy.passport.api.ExpiringDto;
import city.academy.passport.api.TrainingFrameworkDto;
import city.academy.passport.compliance.application.ComplianceService;
import city.academy.passport.compliance.domain.ComplianceTally;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.organisation.domain.OrganisationRepository;
import city.academy.passport.staffpassport.domain.Passport;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import city.academy.passport.platform.Days;
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
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Compliance dashboards. */
@Path("/compliance")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
public class ComplianceResource {
  /** The weekly digest lists who expires within this many days. */
  static final int DIGEST_DAYS = 30;

  @Inject ComplianceService compliance;
  @Inject TrainingFramework framework;
  @Inject OrganisationRepository organisations;
  @Inject Caller caller;

  @GET
  @Path("/organisations/{code}")
  @RolesAllowed({Role.HR_ADMIN_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "An organisation's compliance per subject and staff group (its HR admins and academy admins)")
  public ComplianceDto organisation(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
    return toDto(compliance.organisation(code, day(asOf), 0, caller), false);
  }

  @GET
  @Path("/organisations/{code}/csv")
  @Produces("text/csv")
  @RolesAllowed({Role.HR_ADMIN_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "The organisation's compliance as CSV: one row per staff group and subject")
  public Response organisationCsv(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
    ComplianceDto dto = toDto(compliance.organisation(code, day(asOf), 0, caller), false);
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
        .setHeader("organisation", "as_of", "staff_group", "subject", "compliant", "expiring", "expired", "missing", "percent_met").get())) {
      for (var group : dto.byStaffGroup()) {
        for (var counts : group.bySubject()) {
          long total = counts.compliant() + counts.expiring() + counts.expired() + counts.missing();
          long met = counts.compliant() + counts.expiring();
          csv.printRecord(dto.scope(), dto.asOf(), group.staffGroup(), counts.subject(), counts.compliant(), counts.expiring(),
              counts.expired(), counts.missing(), total == 0 ? "" : String.format(java.util.Locale.ROOT, "%.1f", 100.0 * met / total));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Response.ok(out.toString(), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"compliance-" + dto.scope() + "-" + dto.asOf() + ".csv\"").build();
  }

  @GET
  @Path("/organisations/{code}/people")
  @RolesAllowed(Role.HR_ADMIN_NAME)
  @Operation(summary = "The people behind a count: the organisation's staff whose requirement in a subject has a status (COMPLIANT, EXPIRING, EXPIRED, MISSING), by name, at most 500 (its HR admins)")
  public List<ExpiringDto> people(@PathParam("code") String code, @QueryParam("subject") String subject,
      @QueryParam("status") String status, @QueryParam("asOf") String asOf) {
    if (subject == null || subject.isBlank()) {
      throw ProblemException.badRequest("subject: name the framework subject, e.g. FIRE_SAFETY.");
    }
    Passport.Status wanted;
    try {
      wanted = Passport.Status.valueOf(status == null ? "" : status.strip());
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("status: say COMPLIANT, EXPIRING, EXPIRED or MISSING, not " + status + ".");
    }
    var result = compliance.people(code, subject.strip(), wanted, day(asOf), caller);
    return result.tally().listed().stream().map(this::toDto).toList();
  }

  private ExpiringDto toDto(ComplianceTally.Expiring e) {
    return new ExpiringDto(e.personId(), e.displayName(), e.staffGroup(), e.subject(), subjectName(e.subject()), e.level(),
        e.status().name(), e.expiresOn());
  }

  @GET
  @Path("/organisations/{code}/expiring")
  @RolesAllowed(Role.HR_ADMIN_NAME)
  @Operation(summary = "An organisation's staff whose requirements expire within the next N days (days 1-365, default 30), soonest first")
  public List<ExpiringDto> expiring(@PathParam("code") String code, @QueryParam("days") @DefaultValue("30") int days) {
    if (days < 1 || days > 365) {
      throw ProblemException.badRequest("days: look 1 to 365 days ahead, not " + days + ".");
    }
    var result = compliance.organisation(code, ComplianceService.today(), days, caller);
    return result.tally().expiring().stream().map(this::toDto).toList();
  }

  @GET
  @Path("/organisations/{code}/digest")
  @RolesAllowed(Role.SYSTEM_NAME)
  @Operation(summary = "What an HR admin's weekly digest says: the organisation's compliance and who expires within 30 days"
      + " (services only; 403 when the person named in 'for' is not the organisation's HR admin now)")
  public OrganisationDigestDto digest(@PathParam("code") String code, @QueryParam("for") String forPerson) {
    var result = compliance.digest(code, forPerson, ComplianceService.today(), DIGEST_DAYS, caller);
    return new OrganisationDigestDto(toDto(result, false), DIGEST_DAYS, result.tally().expiring().stream().map(this::toDto).toList());
  }

  @GET
  @Path("/city")
  @RolesAllowed(Role.ACADEMY_ADMIN_NAME)
  @Operation(summary = "The whole city's compliance, per subject, staff group and organisation (academy admins)")
  public ComplianceDto city(@QueryParam("asOf") String asOf) {
    return toDto(compliance.city(day(asOf), caller), true);
  }

  private ComplianceDto toDto(ComplianceService.Result result, boolean withOrganisations) {
    ComplianceTally tally = result.tally();
    Map<String, String> groupNames = new HashMap<>();
    framework.data().staffGroups().forEach(g -> groupNames.put(g.code(), g.name()));
    List<ComplianceDto.OrganisationCounts> byOrganisation = List.of();
    if (withOrganisations) {
      Map<String, String> names = new HashMap<>();
      organisations.all().forEach(o -> names.put(o.code(), o.name()));
      byOrganisation = tally.byOrganisation().entrySet().stream()
          .map(e -> new ComplianceDto.OrganisationCounts(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue().people(), e.getValue().compliant()))
          .toList();
    }
    return new ComplianceDto(
        result.scope(),
        result.scopeName(),
        tally.asOf(),
        tally.window(),
        tally.all().people(),
        tally.all().compliant(),
        counts(tally.bySubject()),
        tally.byGroup().entrySet().stream().map(e -> new ComplianceDto.GroupCounts(
            e.getKey(), groupNames.getOrDefault(e.getKey(), e.getKey()), e.getValue().people(), e.getValue().compliant(),
            counts(tally.subjectsOfGroup(e.getKey())))).toList(),
        byOrganisation);
  }

  private List<ComplianceDto.Counts> counts(Map<String, ComplianceTally.Counts> bySubject) {
    return bySubject.entrySet().stream().map(e -> new ComplianceDto.Counts(
        e.getKey(), subjectName(e.getKey()),
        e.getValue().of(Passport.Status.COMPLIANT), e.getValue().of(Passport.Status.EXPIRING),
        e.getValue().of(Passport.Status.EXPIRED), e.getValue().of(Passport.Status.MISSING))).toList();
  }

  private String subjectName(String code) {
    return framework.subject(code).map(TrainingFrameworkDto.SubjectDto::name).orElse(code);
  }

  static LocalDate day(String asOf) {
    return Days.asOf(asOf);
  }

}
