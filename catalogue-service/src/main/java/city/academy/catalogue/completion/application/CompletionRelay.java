package city.academy.catalogue.completion.application;

import city.academy.catalogue.completion.domain.CompletionDelivery;
import city.academy.catalogue.completion.domain.CompletionHandOff;
import city.academy.catalogue.completion.domain.CompletionOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Delivers the outbox to the passport: every completion due, oldest first, each on its own. A
 * completion written with its attendance mark (one transaction) is therefore delivered when the
 * passport is there, however long it was away; the passport records each reference once, so a
 * delivery repeated after a lost answer does no harm. A failed delivery waits 5 s, then 10 s,
 * 20 s ... up to 10 minutes, and is never given up.
 */
@ApplicationScoped
public class CompletionRelay {
  private static final Logger LOG = Logger.getLogger(CompletionRelay.class.getName());
  /** At most this many completions per round; the next round takes the rest. */
  static final int BATCH = 50;

  private CompletionOutbox outbox;
  private CompletionDelivery delivery;
  private Clock clock;

  protected CompletionRelay() {}

  @Inject
  public CompletionRelay(CompletionOutbox outbox, CompletionDelivery delivery) {
    this(outbox, delivery, Clock.systemUTC());
  }

  public CompletionRelay(CompletionOutbox outbox, CompletionDelivery delivery, Clock clock) {
    this.outbox = outbox;
    this.delivery = delivery;
    this.clock = clock;
  }

  /** The completions due now, read in a short transaction of their own. */
  @Transactional
  public List<CompletionHandOff> due() {
    return outbox.due(OffsetDateTime.now(clock), BATCH);
  }

  /** Delivers one completion (outside any transaction: a slow passport holds no lock here) and notes the outcome. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public CompletionDelivery.Result deliver(CompletionHandOff handOff) {
    CompletionDelivery.Result result;
    try {
      result = delivery.deliver(handOff);
    } catch (RuntimeException e) {
      result = CompletionDelivery.Result.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return result;
  }

  /** Writes down how a delivery went. */
  @Transactional
  public void note(long id, CompletionDelivery.Result result) {
    outbox.byId(id).ifPresent(handOff -> {
      OffsetDateTime now = OffsetDateTime.now(clock);
      if (result.outcome() == CompletionDelivery.Outcome.DELIVERED) {
        handOff.delivered(now);
      } else {
        handOff.failed(result.detail(), now);
        LOG.warning(() -> "Completion " + handOff.idempotencyKey() + " not delivered (attempt " + handOff.attempts()
            + ", next at " + handOff.nextAttemptAt() + "): " + result.detail());
      }
    });
  }
}
