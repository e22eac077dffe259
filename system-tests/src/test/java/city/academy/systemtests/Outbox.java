package city.academy.systemtests;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The emails the platform wrote to its outbox folder (the embedded default's mail: one .eml file a
 * message). Each file is read once and remembered, so looking through thousands stays quick.
 */
public final class Outbox {

  /** An email as read from its file. */
  public record Email(Path file, String to, String subject, String text, String html, MimeMessage message) {}

  private static final Map<Path, Email> READ = new ConcurrentHashMap<>();

  private Outbox() {}

  /** Every email in the outbox so far to this address. */
  public static List<Email> to(String address) throws Exception {
    Path outbox = PlatformExtension.dataDirectory().resolve("outbox");
    if (!Files.isDirectory(outbox)) {
      return List.of();
    }
    List<Email> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(outbox)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".eml")).sorted().toList()) {
        Email email = READ.get(file);
        if (email == null) {
          email = read(file);
          READ.put(file, email);
        }
        if (email.to().contains(address)) {
          found.add(email);
        }
      }
    }
    return found;
  }

  /** Waits (the sender runs every few seconds) for the one email with that subject to that address. */
  public static Email arrives(String subject, String address) throws Exception {
    long until = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < until) {
      List<Email> matching = to(address).stream().filter(e -> subject.equals(e.subject())).toList();
      if (matching.size() > 1) {
        throw new AssertionError(matching.size() + " emails \"" + subject + "\" to " + address + ", not one");
      }
      if (!matching.isEmpty()) {
        return matching.get(0);
      }
      Thread.sleep(500);
    }
    throw new AssertionError("No email \"" + subject + "\" to " + address + " within a minute");
  }

  private static Email read(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
      String text = null;
      String html = null;
      for (Part p : leaves(m)) {
        if (p.isMimeType("text/plain") && text == null) {
          text = (String) p.getContent();
        } else if (p.isMimeType("text/html")) {
          html = (String) p.getContent();
        }
      }
      return new Email(file, m.getRecipients(Message.RecipientType.TO)[0].toString(), m.getSubject(), text, html, m);
    }
  }

  /** The leaf parts of a message: its text, its HTML, its attachments. */
  public static List<Part> leaves(Part part) throws Exception {
    List<Part> out = new ArrayList<>();
    if (part.isMimeType("multipart/*")) {
      Multipart m = (Multipart) part.getContent();
      for (int i = 0; i < m.getCount(); i++) {
        out.addAll(leaves(m.getBodyPart(i)));
      }
    } else {
      out.add(part);
    }
    return out;
  }
}
