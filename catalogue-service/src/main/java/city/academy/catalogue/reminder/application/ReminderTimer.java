package city.academy.catalogue.reminder.application;

import city.academy.catalogue.booking.domain.LondonTime;
import city.academy.catalogue.platform.CatalogueStartup;
import city.academy.platform.problem.ProblemException;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the day's expiry reminders once the London clock passes {@code academy.reminders.expiry.at}
 * (default 07:00), and on Mondays the HR admins' weekly digests after them: it looks every minute,
 * and a day's (or week's) run, once finished, is not run again. With
 * {@code academy.reminders.automatic=false} nothing runs by itself (admins can still ask for a run).
 */
@ApplicationScoped
public class ReminderTimer {
  private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject ExpiryReminderJob expiry;
  @Inject OrganisationDigestJob organisationDigests;
  @Inject CatalogueStartup startup;

  @Inject
  @ConfigProperty(name = "academy.reminders.automatic", defaultValue = "true")
  boolean automatic;

  @Inject
  @ConfigProperty(name = "academy.reminders.expiry.at", defaultValue = "07:00")
  String expiryAt;

  private ScheduledFuture<?> ticks;
  private LocalTime at;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (!automatic) {
      LOG.info("Reminders do not run by themselves (academy.reminders.automatic=false).");
      return;
    }
    at = LocalTime.parse(expiryAt.strip());
    ticks = scheduler.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.MINUTES);
  }

  void tick() {
    if (!startup.isReady()) {
      return;
    }
    ZonedDateTime now = ZonedDateTime.now(LondonTime.LONDON);
    if (now.toLocalTime().isBefore(at)) {
      return;
    }
    try {
      expiry.run(now.toLocalDate(), false);
      if (now.getDayOfWeek() == java.time.DayOfWeek.MONDAY) {
        organisationDigests.run(now.toLocalDate(), false);
      }
    } catch (ProblemException busyOrUnavailable) {
      LOG.info(() -> "Reminders not run now: " + busyOrUnavailable.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reminders failed; the next minute tries again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (ticks != null) {
      ticks.cancel(false);
    }
  }
}
