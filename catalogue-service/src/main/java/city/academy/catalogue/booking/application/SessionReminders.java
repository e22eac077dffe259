package city.academy.catalogue.booking.application;

import city.academy.catalogue.booking.domain.SessionReminder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds people of their sessions two days before (docs/booking.md, "Session reminders"): finds the
 * confirmed bookings due ({@link SessionReminder}) and reminds each in its own transaction, so one
 * failure costs one reminder this run, not the run. Run by {@link SessionReminderTimer} and by academy
 * admins ({@code POST /reminders/sessions/runs}); any number of runs, on any number of instances,
 * remind each booking once.
 */
@ApplicationScoped
public class SessionReminders {
  private static final Logger LOG = Logger.getLogger(SessionReminders.class.getName());
  /** At most this many reminders a run; the rest go on the next run (a city's two days hold a few thousand). */
  static final int MOST_PER_RUN = 5_000;

  /**
   * What a run did.
   *
   * @param remindedThrough the London day whose sessions it reminded (with any earlier ones not yet reminded)
   * @param due bookings found due
   * @param reminded bookings reminded by this run
   * @param skipped due when found, but reminded by another run first, or changed since (cancelled, started, moved)
   * @param failed not reminded because of an error; tried again on the next run
   */
  public record Run(LocalDate remindedThrough, int due, int reminded, int skipped, int failed) {}

  private SessionDesk desk;
  private String portalUrl;

  protected SessionReminders() {}

  @Inject
  public SessionReminders(SessionDesk desk, @ConfigProperty(name = "academy.public-url", defaultValue = "http://127.0.0.1:8080") String portalUrl) {
    this.desk = desk;
    this.portalUrl = portalUrl;
  }

  public Run run() {
    LocalDate through = SessionReminder.reminderDay(OffsetDateTime.now(ZoneOffset.UTC));
    List<Long> due = desk.remindersDue(MOST_PER_RUN);
    String bookingsPage = portalUrl.replaceAll("/+$", "") + "/bookings.xhtml";
    int reminded = 0;
    int skipped = 0;
    int failed = 0;
    for (long booking : due) {
      try {
        if (desk.remind(booking, bookingsPage)) {
          reminded++;
        } else {
          skipped++;
        }
      } catch (RuntimeException e) {
        failed++;
        LOG.log(Level.WARNING, "Reminder of booking " + booking + " not sent this run", e);
      }
    }
    Run run = new Run(through, due.size(), reminded, skipped, failed);
    if (!due.isEmpty()) {
      LOG.info(() -> "Session reminders through " + through + ": " + run.reminded() + " sent, " + run.skipped() + " skipped, "
          + run.failed() + " failed");
    }
    return run;
  }
}
