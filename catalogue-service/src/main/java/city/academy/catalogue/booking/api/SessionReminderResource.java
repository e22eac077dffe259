package city.academy.catalogue.booking.api;

import city.academy.catalogue.api.SessionReminderRunDto;
import city.academy.catalogue.booking.application.SessionReminders;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Runs the session reminders now, for operations and tests (the timer runs them by itself). Rooted
 * at {@code /reminders/sessions}, not {@code /reminders}, so other kinds of reminder can have their
 * own resource beside it.
 */
@Path("/reminders/sessions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
public class SessionReminderResource {
  private static final Logger LOG = Logger.getLogger(SessionReminderResource.class.getName());

  @Inject SessionReminders reminders;
  @Inject Caller caller;

  @POST
  @Path("/runs")
  @RolesAllowed(Role.ACADEMY_ADMIN_NAME)
  @Operation(summary = "Send the session reminders due now (academy admins): every confirmed place on a session starting by the end"
      + " of the day after tomorrow (London) not yet reminded; a booking is reminded once, however often this runs")
  public SessionReminderRunDto run() {
    SessionReminders.Run run = reminders.run();
    LOG.info(() -> "Session reminders run by " + caller.username() + ": " + run.reminded() + " sent");
    return new SessionReminderRunDto(run.remindedThrough().toString(), run.due(), run.reminded(), run.skipped(), run.failed());
  }
}
