package city.academy.bench.load;

/** What a booking or cancelling step came to, as the portal told the person (or as read back). */
public enum Outcome {
  /** A place is held: the booking answer said so, or the course page shows it. */
  CONFIRMED,
  /** On the waitlist (a place may be given later, when someone cancels). */
  WAITLISTED,
  /** Waiting for the line manager: no place is held yet. */
  AWAITING_APPROVAL,
  /**
   * "You already have a booking for this session": on the retry of a booking whose first answer
   * was lost, this means the first one was made.
   */
  ALREADY_BOOKED,
  /** The portal said no (booking closed, no line manager, cancellation cut-off passed): nothing changed. */
  REFUSED,
  /** No answer, even on the retry: the booking or cancellation may or may not have happened. */
  UNKNOWN,
  /** Read back from the course page after an unknown outcome: the person holds no booking there. */
  NOT_HELD,
  /** "Your booking on ... is cancelled." */
  CANCELLED,
  /** "This booking is already cancelled.": on a retry, the first cancellation went through. */
  ALREADY_CANCELLED;

  /** Whether the person holds an active booking on the session after this outcome. */
  boolean holds() {
    return this == CONFIRMED || this == WAITLISTED || this == AWAITING_APPROVAL || this == ALREADY_BOOKED;
  }
}
