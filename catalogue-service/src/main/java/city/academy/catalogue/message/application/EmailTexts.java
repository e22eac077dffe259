package city.academy.catalogue.message.application;

import city.academy.platform.mail.Mail;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message as an email: plain language, UK English, the plain text always, and HTML that a screen
 * reader reads in order (one column, real paragraphs and lists, links that say where they go).
 * In a message's text, a paragraph of lines starting "- " is a list, and a line ending ": address"
 * is a link whose words are what comes before the colon. Every email ends with the link to the
 * person's email preferences.
 */
final class EmailTexts {
  private static final Pattern LINK = Pattern.compile("^(.*\\S):\\s+(https?://\\S+)$");

  private EmailTexts() {}

  static Mail of(String id, Recipients.Recipient to, EmailOutboxDesk.Content c, String portalUrl) {
    String portal = portalUrl.replaceAll("/+$", "");
    String messages = portal + "/messages.xhtml";
    String preferences = portal + "/preferences.xhtml";
    String text = "Dear " + to.name() + ",\n\n" + c.text() + "\n\nRead your messages in the One Workforce Academy portal: " + messages
        + "\n\nYou get this email from the One Workforce Academy. Choose which emails you get: " + preferences + "\n";
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(c.subject())).append("</title></head>\n<body style=\"font-family: Arial, sans-serif; font-size: 19px;"
            + " line-height: 1.35; color: #0b0c0c; max-width: 40em;\">\n")
        .append("<p>Dear ").append(escape(to.name())).append(",</p>\n");
    for (String paragraph : c.text().split("\\n\\s*\\n")) {
      html.append(paragraph(paragraph));
    }
    html.append("<p><a href=\"").append(escape(messages)).append("\">Read your messages in the One Workforce Academy portal</a></p>\n")
        .append("<p style=\"color: #505a5f; font-size: 16px;\">You get this email from the One Workforce Academy. <a href=\"")
        .append(escape(preferences)).append("\">Choose which emails you get</a>.</p>\n</body></html>\n");
    return new Mail(id, to.email(), to.name(), c.subject(), text, html.toString(), List.of());
  }

  /** One paragraph of a message as HTML: its lines, a list where they start "- ". */
  static String paragraph(String paragraph) {
    StringBuilder html = new StringBuilder();
    boolean inList = false;
    StringBuilder prose = new StringBuilder();
    for (String line : paragraph.split("\\n")) {
      boolean item = line.startsWith("- ");
      if (item && !inList) {
        flush(html, prose);
        html.append("<ul>\n");
        inList = true;
      } else if (!item && inList) {
        html.append("</ul>\n");
        inList = false;
      }
      if (item) {
        html.append("<li>").append(line(line.substring(2))).append("</li>\n");
      } else {
        prose.append(prose.length() == 0 ? "" : "<br>").append(line(line));
      }
    }
    flush(html, prose);
    if (inList) {
      html.append("</ul>\n");
    }
    return html.toString();
  }

  private static void flush(StringBuilder html, StringBuilder prose) {
    if (prose.length() > 0) {
      html.append("<p>").append(prose).append("</p>\n");
      prose.setLength(0);
    }
  }

  private static String line(String line) {
    Matcher link = LINK.matcher(line.strip());
    if (link.matches()) {
      return "<a href=\"" + escape(link.group(2)) + "\">" + escape(link.group(1)) + "</a>";
    }
    return escape(line);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
