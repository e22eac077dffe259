package city.academy.catalogue.booking.application;

import city.academy.catalogue.platform.CatalogueStartup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends session reminders by itself: a run every {@code academy.reminders.sessions.every-minutes}
 * (default 15), the first a minute after the start, on the container's managed scheduler. Off when
 * {@code academy.reminders.automatic} is false (the system tests run it through the API instead) or
 * the interval is 0.
 */
@ApplicationScoped
public class SessionReminderTimer {
  private static final Logger LOG = Logger.getLogger(SessionReminderTimer.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject SessionReminders reminders;
  @Inject CatalogueStartup startup;

  @Inject
  @ConfigProperty(name = "academy.reminders.automatic", defaultValue = "true")
  boolean automatic;

  @Inject
  @ConfigProperty(name = "academy.reminders.sessions.every-minutes", defaultValue = "15")
  int everyMinutes;

  private ScheduledFuture<?> rounds;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (!automatic || everyMinutes <= 0) {
      LOG.info("Session reminders are not sent automatically (academy.reminders.automatic=" + automatic
          + ", academy.reminders.sessions.every-minutes=" + everyMinutes + "); POST /catalogue/api/reminders/sessions/runs sends those due.");
      return;
    }
    rounds = scheduler.scheduleWithFixedDelay(this::round, 1, everyMinutes, TimeUnit.MINUTES);
  }

  void round() {
    if (!startup.isReady()) {
      return;
    }
    try {
      reminders.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Session reminder run failed; the next run tries again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (rounds != null) {
      rounds.cancel(false);
    }
  }
}
