package city.academy.catalogue.reminder.infrastructure;

import city.academy.catalogue.platform.PassportAsService;
import city.academy.catalogue.reminder.domain.DueRequirement;
import city.academy.catalogue.reminder.domain.ReminderThreshold;
import city.academy.catalogue.reminder.domain.RemindersDueSource;
import city.academy.passport.api.ReminderDueDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;

/** Asks the passport ({@code GET /api/reminders/due?on=}) as the catalogue itself. */
@ApplicationScoped
public class PassportRemindersDue implements RemindersDueSource {
  /** The whole city is read in one answer: allow it the time a busy machine takes. */
  private static final int READ_TIMEOUT_MS = 180_000;

  @Inject PassportAsService passport;

  @Override
  public List<DueRequirement> on(LocalDate day) {
    try (Response response = passport.requestWithQuery("api/reminders/due", "on", day.toString())
        .property(PassportAsService.READ_TIMEOUT, READ_TIMEOUT_MS).get()) {
      if (response.getStatus() != 200) {
        throw new IllegalStateException("The passport answered " + response.getStatus() + " when asked for reminders due.");
      }
      return response.readEntity(new GenericType<List<ReminderDueDto>>() {}).stream().map(PassportRemindersDue::toDomain).toList();
    } catch (ProcessingException e) {
      throw new IllegalStateException("The passport could not be reached for reminders due: " + e.getMessage(), e);
    }
  }

  private static DueRequirement toDomain(ReminderDueDto d) {
    return new DueRequirement(d.personId(), d.personName(), d.recordId(), d.subject(), d.subjectName(), d.level(),
        d.acceptedLevels() == null ? List.of(d.level()) : d.acceptedLevels(), d.expiresOn(), ReminderThreshold.parse(d.threshold()),
        d.organisations() == null ? List.of() : d.organisations(), d.lineManagers() == null ? List.of() : d.lineManagers());
  }
}
