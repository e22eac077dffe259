package city.academy.passport.compliance.api;

import city.academy.passport.api.ReminderDueDto;
import city.academy.passport.api.TrainingFrameworkDto;
import city.academy.passport.compliance.application.ReminderService;
import city.academy.passport.compliance.domain.RemindersDue;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.platform.Days;
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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** What the catalogue's reminder job asks of the passport. Services only. */
@Path("/reminders")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
@RolesAllowed(Role.SYSTEM_NAME)
public class ReminderResource {

  @Inject ReminderService reminders;
  @Inject TrainingFramework framework;
  @Inject Caller caller;

  @GET
  @Path("/due")
  @Operation(summary = "Requirements whose record reached a reminder threshold (90, 30 or 7 days before expiry, or expiry) in the week up to a day"
      + " (on, default today), the tightest threshold per requirement, person by person (services only)")
  public List<ReminderDueDto> due(@QueryParam("on") String on) {
    List<ReminderDueDto> due = new ArrayList<>();
    reminders.due(Days.asOf(on), caller, d -> due.add(toDto(d)));
    return due;
  }

  private ReminderDueDto toDto(RemindersDue.Due d) {
    var subject = framework.subject(d.requirement().subject());
    String level = d.requirement().level();
    List<String> accepted = subject.map(s -> s.levels().stream()
        .map(TrainingFrameworkDto.LevelDto::code)
        .filter(code -> framework.satisfies(s.code(), code, level))
        .toList()).orElse(List.of(level));
    return new ReminderDueDto(d.member().passportId(), d.member().displayName(), d.recordId(), d.requirement().subject(),
        subject.map(TrainingFrameworkDto.SubjectDto::name).orElse(d.requirement().subject()), level, accepted, d.expiresOn(),
        d.threshold().name(), d.member().organisations().stream().distinct().toList(), d.member().lineManagers());
  }
}
