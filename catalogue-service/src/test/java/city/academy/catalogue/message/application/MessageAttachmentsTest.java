package city.academy.catalogue.message.application;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.catalogue.message.domain.MessageKind;
import city.academy.platform.mail.Mail;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which emails carry the session's calendar entry, and that one that cannot be written does not hold the email. */
class MessageAttachmentsTest {
  static final String ICS = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";

  static EmailOutboxDesk.Content content(MessageKind kind, Long session, Long booking) {
    return new EmailOutboxDesk.Content(1, "OWA-1", "Subject", "Text", 0, kind, session, booking);
  }

  @Test
  void confirmationsPromotionsAndRemindersCarryTheSessionsCalendarEntry() {
    MessageAttachments attachments = new MessageAttachments((session, booking) -> Optional.of(ICS));
    for (MessageKind kind : List.of(MessageKind.BOOKING_CONFIRMED, MessageKind.PROMOTED, MessageKind.SESSION_REMINDER)) {
      List<Mail.Attachment> files = attachments.of(content(kind, 7L, 70L));
      assertThat(files).as(kind.name()).hasSize(1);
      assertThat(files.get(0).fileName()).isEqualTo("session-7.ics");
      assertThat(files.get(0).contentType()).startsWith("text/calendar").contains("method=PUBLISH");
      assertThat(new String(files.get(0).content(), StandardCharsets.UTF_8)).isEqualTo(ICS);
    }
  }

  @Test
  void otherMessagesAndMessagesWithoutABookingCarryNothing() {
    MessageAttachments attachments = new MessageAttachments((session, booking) -> Optional.of(ICS));
    for (MessageKind kind : MessageKind.values()) {
      if (!MessageAttachments.WITH_CALENDAR.contains(kind)) {
        assertThat(attachments.of(content(kind, 7L, 70L))).as(kind.name()).isEmpty();
      }
    }
    assertThat(attachments.of(content(MessageKind.SESSION_REMINDER, null, 70L))).isEmpty();
    assertThat(attachments.of(content(MessageKind.SESSION_REMINDER, 7L, null))).isEmpty();
  }

  @Test
  void aBookingNoLongerConfirmedOrAFailureSendsTheEmailWithoutIt() {
    assertThat(new MessageAttachments((session, booking) -> Optional.empty()).of(content(MessageKind.PROMOTED, 7L, 70L))).isEmpty();
    assertThat(new MessageAttachments((session, booking) -> {
      throw new IllegalStateException("database away");
    }).of(content(MessageKind.PROMOTED, 7L, 70L))).isEmpty();
  }

  @Test
  void theEmailCarriesTheAttachmentsItIsGiven() {
    Mail mail = EmailTexts.of("message-1", new Recipients.Recipient("Ann Jones", "ann@example.org"),
        content(MessageKind.SESSION_REMINDER, 7L, 70L), "http://127.0.0.1:8080", List.of(Mail.Attachment.calendar("session-7.ics", ICS)));
    assertThat(mail.attachments()).extracting(Mail.Attachment::fileName).containsExactly("session-7.ics");
  }
}
