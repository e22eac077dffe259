package city.academy.passport.staffpassport.api;

import city.academy.passport.api.AccessLogEntryDto;
import city.academy.passport.api.PassportDto;
import city.academy.passport.api.TeamMemberDto;
import city.academy.passport.api.TrainingRecordDto;
import city.academy.passport.staffpassport.domain.Passport;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.staffpassport.application.PassportService;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import city.academy.passport.platform.Days;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The staff passport: my own, my training history and access log; and others' for those allowed. */
@Path("/people")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
@RolesAllowed({Role.STAFF_NAME, Role.LINE_MANAGER_NAME, Role.HR_ADMIN_NAME, Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
public class PassportResource {

  @Inject PassportService passports;
  @Inject TrainingFramework framework;
  @Inject Caller caller;

  @GET
  @Path("/me/passport")
  @Operation(summary = "My passport as of a day (asOf=YYYY-MM-DD, default today)")
  public PassportDto myPassport(@QueryParam("asOf") String asOf) {
    return PassportMapper.toDto(passports.passport(caller.personId(), day(asOf), caller), framework);
  }

  @GET
  @Path("/{personId}/passport")
  @Operation(summary = "A person's passport, for their line manager and their organisation's HR; the look is logged")
  public PassportDto passport(
      @PathParam("personId") @Pattern(regexp = "[A-Z0-9-]{1,16}", message = "A passport identity looks like OWA-7K3M9QX2.") String personId,
      @QueryParam("asOf") String asOf) {
    return PassportMapper.toDto(passports.passport(personId, day(asOf), caller), framework);
  }

  @GET
  @Path("/me/team")
  @Operation(summary = "My team's passports in brief (line managers); each look is written to the member's access log")
  public List<TeamMemberDto> myTeam(@QueryParam("asOf") String asOf) {
    LocalDate day = day(asOf);
    return passports.team(day, caller).stream().map(view -> {
      var standings = view.passport().standings();
      var jobRole = view.person().employmentsOn(day).stream()
          .filter(e -> e.lineManager() != null && e.lineManager().passportId().equals(caller.personId()))
          .map(e -> e.jobRole()).findFirst().orElse(null);
      java.util.function.Function<Passport.Status, Integer> count = status ->
          (int) standings.stream().filter(s -> s.status() == status).count();
      LocalDate next = standings.stream().filter(Passport.Standing::isMet).map(s -> s.best().expiresOn())
          .filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElse(null);
      return new TeamMemberDto(view.person().passportId(), view.person().displayName(), jobRole, view.passport().isCompliant(),
          count.apply(Passport.Status.COMPLIANT), count.apply(Passport.Status.EXPIRING), count.apply(Passport.Status.EXPIRED),
          count.apply(Passport.Status.MISSING), next);
    }).toList();
  }

  @GET
  @Path("/me/records")
  @Operation(summary = "My training history, newest first, corrections and revocations included")
  public List<TrainingRecordDto> myRecords() {
    return passports.myHistory(caller).stream().map(PassportMapper::toDto).toList();
  }

  @GET
  @Path("/{personId}/records")
  @Operation(summary = "A person's whole training history, newest first, for their line manager and their organisation's HR; the look is logged")
  public List<TrainingRecordDto> records(
      @PathParam("personId") @Pattern(regexp = "[A-Z0-9-]{1,16}", message = "A passport identity looks like OWA-7K3M9QX2.") String personId) {
    return passports.history(personId, caller).stream().map(PassportMapper::toDto).toList();
  }

  @GET
  @Path("/me/access-log")
  @Operation(summary = "Who else has looked at my passport, newest first")
  public List<AccessLogEntryDto> myAccessLog() {
    return passports.myAccessLog(caller).stream().map(PassportMapper::toDto).toList();
  }

  static LocalDate day(String asOf) {
    return Days.asOf(asOf);
  }

}
