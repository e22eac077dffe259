package city.academy.platform.mail;

/** Sends one email and says what became of it; never throws for a failed send. */
public interface MailTransport {

  /** What became of a message. */
  enum Outcome {
    /** Handed over (to the SMTP server, or written to the folder). */
    SENT,
    /** Not now (server down, busy, timed out): try again later. */
    TRY_AGAIN,
    /** Never (the address is not one, or the server refuses it for good): tell a person instead. */
    REFUSED
  }

  /** The outcome and, when not sent, why, in words for the log and for HR. */
  record Result(Outcome outcome, String reason) {
    public static Result sent() {
      return new Result(Outcome.SENT, null);
    }
  }

  Result send(Mail mail);

  /**
   * The batch of sends is over: let go of anything held open for it (an SMTP connection kept for
   * the next message). Sending again afterwards opens it again.
   */
  default void release() {}

  /** The transport the settings ask for. */
  static MailTransport of(MailSettings settings) {
    return settings.mode() == MailSettings.Mode.SMTP ? new SmtpMailTransport(settings) : new FileMailTransport(settings);
  }
}
