package city.academy.catalogue.completion.application;

import city.academy.catalogue.completion.domain.CompletionHandOff;
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
 * Runs the relay every few seconds ({@code academy.catalogue.completions.every-seconds}, default 5;
 * 0 turns it off) on the container's managed scheduler. One round at a time: a round that takes
 * longer than the period delays the next rather than overlapping it.
 */
@ApplicationScoped
public class CompletionRelayTimer {
  private static final Logger LOG = Logger.getLogger(CompletionRelayTimer.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject CompletionRelay relay;
  @Inject city.academy.catalogue.platform.CatalogueStartup startup;

  @Inject
  @ConfigProperty(name = "academy.catalogue.completions.every-seconds", defaultValue = "5")
  int everySeconds;

  private ScheduledFuture<?> rounds;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (everySeconds <= 0) {
      LOG.info("Completion delivery to the passport is off (academy.catalogue.completions.every-seconds=0).");
      return;
    }
    rounds = scheduler.scheduleWithFixedDelay(this::round, everySeconds, everySeconds, TimeUnit.SECONDS);
  }

  /** Delivers what is due; never lets an exception end the schedule. */
  void round() {
    if (!startup.isReady()) {
      return; // the schema is still being brought up to date
    }
    try {
      for (CompletionHandOff handOff : relay.due()) {
        relay.note(handOff.id(), relay.deliver(handOff));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Completion delivery round failed; the next round tries again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (rounds != null) {
      rounds.cancel(false);
    }
  }
}
