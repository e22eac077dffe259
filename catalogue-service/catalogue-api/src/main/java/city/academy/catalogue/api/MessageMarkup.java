package city.academy.catalogue.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little markup a message's text ({@link MessageDto#text()}) carries, as HTML (in the email and in the portal alike):
 * paragraphs split by a blank line, a run of lines starting "- " is a list, and a line ending
 * ": address" is a link whose words are what comes before the colon. Everything else is escaped,
 * so the HTML is safe to put into a page.
 */
public final class MessageMarkup {
  private static final Pattern LINK = Pattern.compile("^(.*\\S):\\s+(https?://\\S+)$");

  private MessageMarkup() {}

  /** The whole text as HTML paragraphs and lists. */
  public static String html(String text) {
    StringBuilder html = new StringBuilder();
    for (String paragraph : text.split("\\n\\s*\\n")) {
      html.append(paragraph(paragraph));
    }
    return html.toString();
  }

  private static String paragraph(String paragraph) {
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

  public static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
