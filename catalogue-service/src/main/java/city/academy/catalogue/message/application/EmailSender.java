package city.academy.catalogue.message.application;

import city.academy.platform.mail.MailSettings;
import city.academy.platform.mail.MailTransport;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox (ADR 0010): claims due rows for a lease, and for each asks the passport for the
 * address, sends with no transaction open, and marks the row sent — or due again later (growing
 * pauses, up to an hour), or refused for good when the person has no usable address. A sender that
 * dies leaves its claims to run out; another sender takes them then. A sender told to {@link #stop}
 * (the service is stopping) finishes and marks an email it is already handing to the mail server,
 * and gives back the rest of its claims at once, so a restarted service sends them without waiting
 * for the lease.
 */
@ApplicationScoped
public class EmailSender {
  private static final Logger LOG = Logger.getLogger(EmailSender.class.getName());
  static final int BATCH = 20;
  static final Duration LEASE = Duration.ofMinutes(2);
  static final Duration LONGEST_PAUSE = Duration.ofHours(1);

  @Inject EmailOutboxDesk desk;
  @Inject Recipients recipients;
  @Inject MessageAttachments attachments;
  @Inject Config config;

  @Inject
  @ConfigProperty(name = "academy.public-url", defaultValue = "http://127.0.0.1:8080")
  String portalUrl;

  /** The pause after the first failed try; each further failure doubles it, up to {@link #LONGEST_PAUSE}. */
  @Inject
  @ConfigProperty(name = "academy.mail.first-retry-seconds", defaultValue = "30")
  int firstRetrySeconds;

  /** This sender, as its claims name it: unique per running service. */
  private final String sender = "catalogue-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
  private MailTransport transport;
  private volatile boolean stopping;

  @PostConstruct
  void init() {
    MailSettings settings = MailSettings.from(key -> config.getOptionalValue(key, String.class), Path.of("data"));
    transport = MailTransport.of(settings);
    LOG.info(() -> "Email goes " + (settings.mode() == MailSettings.Mode.SMTP
        ? "over SMTP to " + settings.host() + ":" + settings.port() : "to files in " + settings.folder().toAbsolutePath()));
  }

  /**
   * One round: everything due now, a batch at a time (each batch claimed for its own lease), until a
   * batch comes back short or the service is stopping. @return how many were sent
   */
  public int round() {
    try {
      return sendDue();
    } finally {
      transport.release(); // one SMTP connection a round: none held open while waiting for the next
    }
  }

  private int sendDue() {
    int sent = 0;
    List<Long> claimed;
    do {
      if (stopping) {
        return sent;
      }
      OffsetDateTime now = now();
      claimed = desk.claim(sender, now, now.plus(LEASE), BATCH);
      for (int i = 0; i < claimed.size(); i++) {
        if (stopping) {
          giveBack(claimed.subList(i, claimed.size()));
          return sent;
        }
        sent += deliver(claimed.get(i)) ? 1 : 0;
      }
    } while (claimed.size() == BATCH);
    return sent;
  }

  /** Takes no further email: the round under way finishes the one in hand and gives back the rest. */
  public void stop() {
    stopping = true;
  }

  /** Claimed but not tried: due again now, for whichever sender runs next (counted as a try). */
  private void giveBack(List<Long> ids) {
    for (long id : ids) {
      desk.retry(id, sender, now(), "Not tried: the service was stopping.");
    }
    LOG.info(() -> "Stopping: " + ids.size() + " claimed emails given back untried.");
  }

  private boolean deliver(long id) {
    Optional<EmailOutboxDesk.Content> content = desk.content(id);
    if (content.isEmpty()) {
      return false;
    }
    EmailOutboxDesk.Content c = content.get();
    Optional<Recipients.Recipient> recipient;
    try {
      recipient = recipients.of(c.personId());
    } catch (IllegalStateException unavailable) {
      retry(id, c, unavailable.getMessage());
      return false;
    }
    if (stopping) {
      // the passport may be undeployed already (it goes first): its answer is not to be trusted now
      giveBack(List.of(id));
      return false;
    }
    if (recipient.isEmpty()) {
      desk.refused(id, sender, "The passport has no person " + c.personId() + ".", now());
      return false;
    }
    if (recipient.get().email() == null || recipient.get().email().isBlank()) {
      desk.refusedAddress(id, sender, "The passport has no email address for " + c.personId() + ".", now(), c.personId(), recipient.get());
      return false;
    }
    Recipients.Recipient to = recipient.get();
    MailTransport.Result result = transport.send(EmailTexts.of("message-" + id, to, c, portalUrl, attachments.of(c)));
    switch (result.outcome()) {
      case SENT -> {
        if (!desk.sent(id, sender, to.email(), now())) {
          LOG.warning(() -> "Email " + id + " was sent after its claim ran out; another sender may send it again.");
        }
        return true;
      }
      case REFUSED -> {
        LOG.warning(() -> "Email " + id + " to " + c.personId() + " refused for good: " + result.reason());
        desk.refusedAddress(id, sender, result.reason(), now(), c.personId(), to);
        return false;
      }
      default -> {
        retry(id, c, result.reason());
        return false;
      }
    }
  }

  private void retry(long id, EmailOutboxDesk.Content c, String reason) {
    Duration pause = Duration.ofSeconds(Math.max(1, firstRetrySeconds)).multipliedBy(1L << Math.min(c.attempts(), 10));
    if (pause.compareTo(LONGEST_PAUSE) > 0) {
      pause = LONGEST_PAUSE;
    }
    Duration wait = pause;
    LOG.info(() -> "Email " + id + " not sent (" + reason + "); trying again in " + wait.toSeconds() + " s.");
    desk.retry(id, sender, now().plus(wait), reason);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
