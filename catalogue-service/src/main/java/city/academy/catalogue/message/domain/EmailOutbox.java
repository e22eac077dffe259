package city.academy.catalogue.message.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The email outbox. Claims and marks are single statements that check who holds the claim, so two
 * senders (two instances of the service) never send the same row, and a sender that lost its claim
 * (its lease ran out) cannot mark a row another has taken since.
 */
public interface EmailOutbox {

  EmailDelivery add(EmailDelivery delivery);

  Optional<EmailDelivery> byId(long id);

  /**
   * Claims up to {@code limit} due rows nobody holds (rows another sender is claiming are skipped,
   * not waited for) until {@code until}.
   *
   * @return the ids claimed
   */
  List<Long> claimDue(String sender, OffsetDateTime now, OffsetDateTime until, int limit);

  /** @return false when the sender no longer holds the claim (nothing changes then) */
  boolean markSent(long id, String sender, String sentTo, OffsetDateTime at);

  /** Releases the claim and sets the next attempt; false when the claim was lost. */
  boolean markRetry(long id, String sender, OffsetDateTime nextAttempt, String error);

  /** Gives up for good (no address, or the server refuses it); false when the claim was lost. */
  boolean markRefused(long id, String sender, String error, OffsetDateTime at);
}
