package city.academy.catalogue.message.application;

import city.academy.platform.mail.Mail;
import city.academy.catalogue.api.MessageMarkup;
import java.util.List;

/**
 * A message as an email: plain language, UK English, the plain text always, and HTML that a screen
 * reader reads in order (one column, real paragraphs and lists, links that say where they go: see
 * {@link MessageMarkup}). Every email ends with the link to the person's email preferences.
 */
final class EmailTexts {
  private EmailTexts() {}

  static Mail of(String id, Recipients.Recipient to, EmailOutboxDesk.Content c, String portalUrl, List<Mail.Attachment> attachments) {
    String portal = portalUrl.replaceAll("/+$", "");
    String messages = portal + "/messages.xhtml";
    String preferences = portal + "/preferences.xhtml";
    String text = "Dear " + to.name() + ",\n\n" + c.text() + "\n\nRead your messages in the One Workforce Academy portal: " + messages
        + "\n\nYou get this email from the One Workforce Academy. Choose which emails you get: " + preferences + "\n";
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(c.subject())).append("</title></head>\n<body style=\"font-family: Arial, sans-serif; font-size: 19px;"
            + " line-height: 1.35; color: #0b0c0c; max-width: 40em;\">\n")
        .append("<p>Dear ").append(escape(to.name())).append(",</p>\n");
    html.append(MessageMarkup.html(c.text()));
    html.append("<p><a href=\"").append(escape(messages)).append("\">Read your messages in the One Workforce Academy portal</a></p>\n")
        .append("<p style=\"color: #505a5f; font-size: 16px;\">You get this email from the One Workforce Academy. <a href=\"")
        .append(escape(preferences)).append("\">Choose which emails you get</a>.</p>\n</body></html>\n");
    return new Mail(id, to.email(), to.name(), c.subject(), text, html.toString(), attachments);
  }

  private static String escape(String s) {
    return MessageMarkup.escape(s);
  }
}
