package city.academy.catalogue.completion.domain;

/** Where completions go: the passport. */
public interface CompletionDelivery {

  /** How one delivery went. */
  enum Outcome {
    /** The passport has the completion (recorded now, or already from an earlier delivery). */
    DELIVERED,
    /** Not now (the passport is down, busy or refused for a reason that may pass): try again later. */
    RETRY
  }

  /**
   * Hands one completion over.
   *
   * @return the outcome, and in {@code detail} what went wrong when it did
   */
  Result deliver(CompletionHandOff handOff);

  /** The outcome and, when it is not delivered, why. */
  record Result(Outcome outcome, String detail) {
    public static Result delivered() {
      return new Result(Outcome.DELIVERED, null);
    }

    public static Result retry(String why) {
      return new Result(Outcome.RETRY, why);
    }
  }
}
