package city.academy.catalogue.message.application;

import city.academy.catalogue.message.domain.Message;
import city.academy.catalogue.message.domain.MessageKind;
import city.academy.catalogue.message.domain.MessageRepository;
import city.academy.platform.problem.Paging;
import city.academy.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Leaves messages for people (in the caller's transaction; each also queued for email) and lets each read their own. */
@ApplicationScoped
@Transactional
public class Messages {

  private MessageRepository messages;
  private Event<MessageLeft> left;
  private EmailOutboxDesk email;
  private EmailPreferences preferences;

  protected Messages() {}

  @Inject
  public Messages(MessageRepository messages, Event<MessageLeft> left, EmailOutboxDesk email, EmailPreferences preferences) {
    this.messages = messages;
    this.left = left;
    this.email = email;
    this.preferences = preferences;
  }

  /**
   * Stores the message and, if the person's preferences want this kind by email, queues it for
   * email, both in the caller's transaction.
   */
  public Message leave(String personId, MessageKind kind, String subject, String text, Long sessionId, Long bookingId) {
    return leave(personId, kind, subject, text, sessionId, bookingId, preferences.wantsEmail(personId, kind));
  }

  /** Stores the message and queues it for email when {@code emailIt} (the caller asked the preferences). */
  public Message leave(String personId, MessageKind kind, String subject, String text, Long sessionId, Long bookingId, boolean emailIt) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Message message = messages.add(new Message(personId, kind, subject, text, sessionId, bookingId, now));
    if (emailIt) {
      email.queue(message, now);
    }
    left.fire(new MessageLeft(message));
    return message;
  }

  public List<Message> ofPerson(String personId, Paging paging) {
    return messages.ofPerson(personId, paging);
  }

  public long countOfPerson(String personId) {
    return messages.countOfPerson(personId);
  }

  public long unreadOfPerson(String personId) {
    return messages.unreadOfPerson(personId);
  }

  /** Marks one of the person's own messages read. Someone else's message is "not found" to them. */
  public Message markRead(long id, String personId) {
    Message message = messages.byId(id)
        .filter(m -> m.personId().equals(personId))
        .orElseThrow(() -> ProblemException.notFound("You have no message number " + id + "."));
    message.markRead(OffsetDateTime.now(ZoneOffset.UTC));
    return message;
  }
}
