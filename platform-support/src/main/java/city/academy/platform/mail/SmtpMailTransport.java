package city.academy.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.lang.reflect.Method;

/**
 * Over SMTP with Jakarta Mail (Angus Mail in Payara). A reply in the 500s about the recipient, or an
 * address that is not one, is final; anything else (no connection, 400s, timeouts) is worth another
 * try. One connection carries a whole batch of messages (until {@link #release()} or a failure):
 * opening one costs far more than a message over an open one (docs/benchmarks.md, "Reminders").
 */
public final class SmtpMailTransport implements MailTransport {
  private final MailSettings settings;
  private final Session session;
  /** The connection the current batch uses, or null. */
  private Transport open;

  public SmtpMailTransport(MailSettings settings) {
    this.settings = settings;
    this.session = Session.getInstance(settings.smtpProperties());
  }

  @Override
  public synchronized Result send(Mail mail) {
    MimeMessage message;
    try {
      message = MimeMails.of(mail, settings, session);
    } catch (AddressException e) {
      return new Result(Outcome.REFUSED, "\"" + mail.to() + "\" is not an email address.");
    } catch (MessagingException e) {
      return new Result(Outcome.REFUSED, "The message could not be written: " + e.getMessage());
    }
    try {
      connected().sendMessage(message, message.getAllRecipients());
      return Result.sent();
    } catch (SendFailedException e) {
      release();
      int code = replyCode(e);
      if (code >= 500 || (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0 && code < 400)) {
        return new Result(Outcome.REFUSED, "The mail server refused " + mail.to() + ": " + firstLine(e));
      }
      return new Result(Outcome.TRY_AGAIN, firstLine(e));
    } catch (MessagingException e) {
      release();
      return new Result(Outcome.TRY_AGAIN, firstLine(e));
    }
  }

  /** The batch's connection, opened (and signed in to) on first use. */
  private Transport connected() throws MessagingException {
    if (open == null) {
      Transport transport = session.getTransport();
      if (settings.username() != null) {
        transport.connect(settings.username(), settings.password());
      } else {
        transport.connect();
      }
      open = transport;
    }
    return open;
  }

  @Override
  public synchronized void release() {
    if (open != null) {
      try {
        open.close();
      } catch (MessagingException alreadyGone) {
        // the server closed it first: nothing to let go of
      }
      open = null;
    }
  }

  /** The SMTP reply code Angus attaches to its exceptions (its own classes, so read by reflection), or 0. */
  private static int replyCode(Exception e) {
    for (Throwable t = e; t != null; t = t instanceof MessagingException m ? m.getNextException() : t.getCause()) {
      try {
        Method code = t.getClass().getMethod("getReturnCode");
        return (Integer) code.invoke(t);
      } catch (ReflectiveOperationException | ClassCastException notThisOne) {
        // look further down
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return 0;
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int newline = m.indexOf('\n');
    return newline < 0 ? m : m.substring(0, newline);
  }
}
