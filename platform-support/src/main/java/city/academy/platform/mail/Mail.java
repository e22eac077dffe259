package city.academy.platform.mail;

import java.util.List;
import java.util.Objects;

/**
 * One email to one person.
 *
 * @param id stable for the message, whatever the number of attempts: becomes its Message-ID
 *     ({@code <id@domain>}), so a receiver can tell a repeat
 * @param to the address
 * @param toName the person's name, or null
 * @param subject plain language, UK English
 * @param text the plain-text part (always sent)
 * @param html the HTML part, or null for plain text only
 * @param attachments e.g. a calendar file
 */
public record Mail(String id, String to, String toName, String subject, String text, String html, List<Attachment> attachments) {

  /** A file sent with the message. */
  public record Attachment(String fileName, String contentType, byte[] content) {
    public Attachment {
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(contentType, "contentType");
      content = content.clone();
    }

    /** A calendar entry to add to one's calendar (not an invitation to answer). */
    public static Attachment calendar(String fileName, String ics) {
      return new Attachment(fileName, "text/calendar; charset=UTF-8; method=PUBLISH", ics.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  public Mail {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
