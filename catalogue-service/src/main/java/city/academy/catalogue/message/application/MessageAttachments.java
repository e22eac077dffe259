package city.academy.catalogue.message.application;

import city.academy.catalogue.message.domain.MessageKind;
import city.academy.platform.mail.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What an email carries besides its text: the session's calendar entry ({@code .ics}) for a place
 * confirmed, a place that came free, and a reminder. Written when the email is sent, so it shows the
 * session as planned then. An entry that cannot be written does not hold the email back (its text
 * says when and where).
 */
@ApplicationScoped
public class MessageAttachments {
  private static final Logger LOG = Logger.getLogger(MessageAttachments.class.getName());
  static final Set<MessageKind> WITH_CALENDAR = Set.of(MessageKind.BOOKING_CONFIRMED, MessageKind.PROMOTED, MessageKind.SESSION_REMINDER);

  private SessionCalendar calendar;

  protected MessageAttachments() {}

  @Inject
  public MessageAttachments(SessionCalendar calendar) {
    this.calendar = calendar;
  }

  public List<Mail.Attachment> of(EmailOutboxDesk.Content c) {
    if (!WITH_CALENDAR.contains(c.kind()) || c.sessionId() == null || c.bookingId() == null) {
      return List.of();
    }
    try {
      return calendar.ics(c.sessionId(), c.bookingId())
          .map(ics -> List.of(Mail.Attachment.calendar("session-" + c.sessionId() + ".ics", ics)))
          .orElse(List.of());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Email " + c.deliveryId() + " goes without its calendar entry", e);
      return List.of();
    }
  }
}
