package city.academy.catalogue.message.application;

import city.academy.catalogue.message.domain.UndeliverableEmail;
import city.academy.catalogue.message.domain.UndeliverableEmails;
import city.academy.catalogue.message.domain.EmailDelivery;
import city.academy.catalogue.message.domain.EmailOutbox;
import city.academy.catalogue.message.domain.Message;
import city.academy.catalogue.message.domain.MessageKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's short transactions, each committed on its own (a claim must be visible to the other
 * senders before the slow part starts; nothing may hold a lock while the mail server talks).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class EmailOutboxDesk {

  /**
   * What one email says, read from the message, and how often it was tried before; the message's
   * kind, session and booking say what it may carry (a calendar entry: {@link MessageAttachments}).
   */
  public record Content(long deliveryId, String personId, String subject, String text, int attempts, MessageKind kind, Long sessionId,
      Long bookingId) {}

  @Inject EmailOutbox outbox;
  @Inject UndeliverableEmails undeliverable;

  public List<Long> claim(String sender, OffsetDateTime now, OffsetDateTime until, int limit) {
    return outbox.claimDue(sender, now, until, limit);
  }

  public Optional<Content> content(long id) {
    return outbox.byId(id).map(d -> {
      Message m = d.message();
      return new Content(d.id(), d.personId(), m.subject(), m.text(), d.attempts(), m.kind(), m.sessionId(), m.bookingId());
    });
  }

  public boolean sent(long id, String sender, String to, OffsetDateTime at) {
    return outbox.markSent(id, sender, to, at);
  }

  public boolean retry(long id, String sender, OffsetDateTime next, String error) {
    return outbox.markRetry(id, sender, next, error);
  }

  public boolean refused(long id, String sender, String error, OffsetDateTime at) {
    return outbox.markRefused(id, sender, error, at);
  }

  /**
   * Refused for good because of the person's address (none, or refused by the mail server): also
   * told to the HR admins of each organisation they work for, in the same transaction.
   */
  public boolean refusedAddress(long id, String sender, String error, OffsetDateTime at, String personId, Recipients.Recipient to) {
    if (!outbox.markRefused(id, sender, error, at)) {
      return false;
    }
    List<String> organisations = to.organisations().isEmpty() ? java.util.Collections.singletonList(null) : to.organisations();
    for (String organisation : organisations) {
      undeliverable.add(new UndeliverableEmail(id, personId, to.name(), to.email(), error, at, organisation));
    }
    return true;
  }

  /** Queues a message for email; in the caller's transaction (the message's own). */
  @Transactional(Transactional.TxType.MANDATORY)
  public EmailDelivery queue(Message message, OffsetDateTime now) {
    return outbox.add(new EmailDelivery(message, now));
  }
}
