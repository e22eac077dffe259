package city.academy.platform.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.util.Date;

/**
 * A {@link Mail} as a MIME message: {@code multipart/alternative} of plain text and HTML (plain
 * text alone when there is no HTML), inside {@code multipart/mixed} when there are attachments;
 * {@code Content-Language: en-GB}; a Message-ID that stays the same for every attempt.
 */
public final class MimeMails {

  private MimeMails() {}

  /**
   * @throws jakarta.mail.internet.AddressException when the recipient's address is not one
   */
  public static MimeMessage of(Mail mail, MailSettings settings, Session session) throws MessagingException {
    String messageId = "<" + mail.id() + "@" + settings.domain() + ">";
    MimeMessage message = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    try {
      message.setFrom(new InternetAddress(settings.from(), settings.fromName(), "UTF-8"));
      InternetAddress to = new InternetAddress(mail.to(), true);
      to.validate();
      if (mail.toName() != null) {
        to.setPersonal(mail.toName(), "UTF-8");
      }
      message.setRecipient(jakarta.mail.Message.RecipientType.TO, to);
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
    message.setSubject(mail.subject(), "UTF-8");
    message.setSentDate(new Date());
    message.setHeader("Content-Language", "en-GB");
    MimeMultipart body = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), "UTF-8", "plain");
    body.addBodyPart(text);
    if (mail.html() != null) {
      MimeBodyPart html = new MimeBodyPart();
      html.setText(mail.html(), "UTF-8", "html");
      body.addBodyPart(html);
    }
    if (mail.attachments().isEmpty()) {
      message.setContent(body);
    } else {
      MimeMultipart mixed = new MimeMultipart("mixed");
      MimeBodyPart alternatives = new MimeBodyPart();
      alternatives.setContent(body);
      mixed.addBodyPart(alternatives);
      for (Mail.Attachment a : mail.attachments()) {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
        part.setFileName(a.fileName());
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        mixed.addBodyPart(part);
      }
      message.setContent(mixed);
    }
    message.saveChanges();
    return message;
  }
}
