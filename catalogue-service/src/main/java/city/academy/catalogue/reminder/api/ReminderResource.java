package city.academy.catalogue.reminder.api;

import city.academy.catalogue.api.ReminderRunDto;
import city.academy.catalogue.booking.domain.LondonTime;
import city.academy.catalogue.reminder.application.ExpiryReminderJob;
import city.academy.catalogue.reminder.application.OrganisationDigestJob;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The reminder jobs, run now by an academy admin (they also run by themselves each day). */
@Path("/reminders")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
@RolesAllowed(Role.ACADEMY_ADMIN_NAME)
public class ReminderResource {

  @Inject ExpiryReminderJob expiry;
  @Inject OrganisationDigestJob organisationDigests;
  @Inject Caller caller;

  @POST
  @Path("/expiry/runs")
  @Operation(summary = "Run today's expiry reminders now (academy admins): only reminders not sent before go; 409 while another run is going")
  public ReminderRunDto runExpiry() {
    if (!caller.has(Role.ACADEMY_ADMIN)) {
      throw ProblemException.forbidden("Reminder runs are for academy admins.");
    }
    LocalDate today = LocalDate.now(LondonTime.LONDON);
    ExpiryReminderJob.Run run = expiry.run(today, true).orElseThrow();
    return new ReminderRunDto(run.day(), run.people(), run.reminders(), run.digests(), run.millis());
  }

  @POST
  @Path("/organisation-digests/runs")
  @Operation(summary = "Send this week's HR organisation digests now (academy admins): only people without this week's digest get one")
  public ReminderRunDto runOrganisationDigests() {
    if (!caller.has(Role.ACADEMY_ADMIN)) {
      throw ProblemException.forbidden("Reminder runs are for academy admins.");
    }
    OrganisationDigestJob.Run run = organisationDigests.run(LocalDate.now(LondonTime.LONDON), true).orElseThrow();
    return new ReminderRunDto(run.weekOf(), run.digests(), 0, run.digests(), run.millis());
  }
}
