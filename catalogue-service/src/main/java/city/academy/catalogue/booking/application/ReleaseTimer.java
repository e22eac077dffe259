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
 * Applies release dates as they pass, so a partner waiting for a place gets one when the running
 * organisation's unfilled reserved places open, without anyone having to touch the session. Every
 * {@code academy.catalogue.release-check-seconds} (default 10; 0 turns it off), each session in its
 * own transaction under the session's lock, like any other change to it.
 */
@ApplicationScoped
public class ReleaseTimer {
  private static final Logger LOG = Logger.getLogger(ReleaseTimer.class.getName());
  static final int BATCH = 100;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject SessionDesk desk;
  @Inject CatalogueStartup startup;

  @Inject
  @ConfigProperty(name = "academy.catalogue.release-check-seconds", defaultValue = "10")
  int everySeconds;

  private ScheduledFuture<?> rounds;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (everySeconds > 0) {
      rounds = scheduler.scheduleWithFixedDelay(this::round, everySeconds, everySeconds, TimeUnit.SECONDS);
    }
  }

  void round() {
    if (!startup.isReady()) {
      return;
    }
    try {
      for (long session : desk.releaseDue(BATCH)) {
        try {
          desk.applyRelease(session);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Release of session " + session + " not applied this round", e);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Release round failed; the next round tries again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (rounds != null) {
      rounds.cancel(false);
    }
  }
}
