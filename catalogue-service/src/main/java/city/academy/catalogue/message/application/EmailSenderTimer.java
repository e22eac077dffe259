package city.academy.catalogue.message.application;

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
 * Runs the email sender every few seconds ({@code academy.mail.every-seconds}, default 5; 0 turns it
 * off) on the container's managed scheduler, one round at a time.
 */
@ApplicationScoped
public class EmailSenderTimer {
  private static final Logger LOG = Logger.getLogger(EmailSenderTimer.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject EmailSender sender;
  @Inject city.academy.catalogue.platform.CatalogueStartup startup;

  @Inject
  @ConfigProperty(name = "academy.mail.every-seconds", defaultValue = "5")
  int everySeconds;

  private ScheduledFuture<?> rounds;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (everySeconds <= 0) {
      LOG.info("Email sending is off (academy.mail.every-seconds=0); messages wait in the outbox.");
      return;
    }
    rounds = scheduler.scheduleWithFixedDelay(this::round, everySeconds, everySeconds, TimeUnit.SECONDS);
  }

  void round() {
    if (!startup.isReady()) {
      return;
    }
    try {
      sender.round();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Email round failed; the next round tries again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (rounds != null) {
      rounds.cancel(false);
    }
  }
}
