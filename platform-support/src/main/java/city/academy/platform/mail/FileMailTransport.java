package city.academy.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * The embedded default: each message a {@code <id>.eml} file in a folder, which any mail program
 * opens. Written to a temporary name and moved into place, so a reader never sees half a message;
 * the same message twice overwrites its own file.
 */
public final class FileMailTransport implements MailTransport {
  private final MailSettings settings;
  private final Session session = Session.getInstance(new Properties());

  public FileMailTransport(MailSettings settings) {
    this.settings = settings;
  }

  @Override
  public Result send(Mail mail) {
    try {
      MimeMessage message = MimeMails.of(mail, settings, session);
      Path folder = settings.folder();
      Files.createDirectories(folder);
      String name = mail.id().replaceAll("[^A-Za-z0-9._-]", "_");
      Path part = folder.resolve(name + ".eml.part");
      try (OutputStream out = Files.newOutputStream(part)) {
        message.writeTo(out);
      }
      Files.move(part, folder.resolve(name + ".eml"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return Result.sent();
    } catch (AddressException e) {
      return new Result(Outcome.REFUSED, "\"" + mail.to() + "\" is not an email address.");
    } catch (MessagingException | IOException e) {
      return new Result(Outcome.TRY_AGAIN, "The mail folder could not be written: " + e.getMessage());
    }
  }
}
