package city.academy.catalogue.completion.domain;

import java.util.List;
import java.util.Optional;

/** The outbox of completions for the passport. */
public interface CompletionOutbox {
  CompletionHandOff add(CompletionHandOff handOff);

  /** Completions not yet delivered, oldest first. */
  List<CompletionHandOff> undelivered(int limit);

  Optional<CompletionHandOff> byIdempotencyKey(String key);

  /** Completions due for delivery now (not delivered, not pausing after a failure), oldest first. */
  List<CompletionHandOff> due(java.time.OffsetDateTime now, int limit);

  Optional<CompletionHandOff> byId(long id);
}
