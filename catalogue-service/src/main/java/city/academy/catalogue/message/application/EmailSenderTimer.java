package city.academy.catalogue.message.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the email sender every few seconds ({@code academy.mail.every-seconds}, default 5; 0 turns it
 * off) on the container's managed scheduler, one round at a time.
 *
 * <p>On a graceful stop Payara Micro neither interrupts nor waits for a running task: it shuts the
 * application's beans down (about 0.1 s after SIGTERM) while the task goes on, so an email sent then
 * could not be marked and went out again after the restart (ADR 0010). So the timer stops the
 * sender before the beans go, and waits for the round under way to finish the email in hand.
 */
@ApplicationScoped
public class EmailSenderTimer {
  private static final Logger LOG = Logger.getLogger(EmailSenderTimer.class.getName());
  /** How long a stop waits for the email in hand (the SMTP timeouts bound a send; the launcher kills after 30 s). */
  static final long STOP_WAIT_SECONDS = 20;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject EmailSender sender;
  @Inject city.academy.catalogue.platform.CatalogueStartup startup;

  @Inject
  @ConfigProperty(name = "academy.mail.every-seconds", defaultValue = "5")
  int everySeconds;

  private ScheduledFuture<?> rounds;
  /** Held while a round runs. */
  private final ReentrantLock running = new ReentrantLock();

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
    running.lock();
    try {
      sender.round();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Email round failed; the next round tries again", e);
    } finally {
      running.unlock();
    }
  }

  /** Before the application's beans are destroyed, while the email in hand can still be marked. */
  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
    sender.stop();
    cancel();
    try {
      if (running.tryLock(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
        running.unlock();
      } else {
        LOG.warning(() -> "The email in hand was not finished within " + STOP_WAIT_SECONDS + " s of the stop; it may be sent again.");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @PreDestroy
  void cancel() {
    if (rounds != null) {
      rounds.cancel(false);
    }
  }
}
