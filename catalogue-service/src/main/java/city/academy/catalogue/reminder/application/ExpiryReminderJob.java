package city.academy.catalogue.reminder.application;

import city.academy.catalogue.reminder.domain.BookableSessions;
import city.academy.catalogue.reminder.domain.DueRequirement;
import city.academy.catalogue.reminder.domain.ExpiryReminderRepository;
import city.academy.catalogue.reminder.domain.ReminderRuns;
import city.academy.catalogue.reminder.domain.RemindersDueSource;
import city.academy.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily expiry reminders (docs/reminders.md): asks the passport which requirements reached a
 * threshold, reminds each person once per record and threshold (with sessions they can book), then
 * gives each line manager one digest of what their team was told. Only one instance runs it at a
 * time (the day's run is claimed in the database); running it again the same day sends only what
 * is new.
 */
@ApplicationScoped
public class ExpiryReminderJob {
  private static final Logger LOG = Logger.getLogger(ExpiryReminderJob.class.getName());
  public static final String JOB = "EXPIRY";
  /** People reminded per transaction. */
  static final int BATCH = 100;

  /** A finished run. */
  public record Run(LocalDate day, int people, int reminders, int digests, long millis) {}

  @Inject RemindersDueSource due;
  @Inject ReminderRuns runs;
  @Inject RunClaims claims;
  @Inject ExpiryReminderDesk desk;
  @Inject ExpiryReminderRepository reminders;

  @Inject
  @ConfigProperty(name = "academy.public-url", defaultValue = "http://127.0.0.1:8080")
  String publicUrl;

  private final String runner = "catalogue-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);

  /**
   * Runs the day's reminders if no other instance is running them.
   *
   * @param again run even if the day's run has finished (an admin asking; only new reminders go)
   * @return the run, or empty when the day's run had finished (and {@code again} was false)
   * @throws ProblemException 409 when another instance is running it now; 503 when the passport cannot answer
   */
  public java.util.Optional<Run> run(LocalDate day, boolean again) {
    if (!claims.claim(JOB, day, runner, again, "the expiry reminders of " + day)) {
      return java.util.Optional.empty();
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    long started = System.nanoTime();
    try {
      ExpiryReminderDesk.Figures figures = remind(day, now);
      runs.finish(JOB, day, runner, OffsetDateTime.now(ZoneOffset.UTC), figures.people(), figures.reminders(), figures.digests());
      Run run = new Run(day, figures.people(), figures.reminders(), figures.digests(), (System.nanoTime() - started) / 1_000_000);
      LOG.info(() -> "Expiry reminders of " + day + ": " + run.people() + " people, " + run.reminders() + " reminders, "
          + run.digests() + " team digests in " + run.millis() + " ms");
      return java.util.Optional.of(run);
    } catch (RuntimeException e) {
      runs.release(JOB, day, runner);
      if (e instanceof IllegalStateException) {
        throw new ProblemException(city.academy.platform.problem.ProblemType.UNAVAILABLE, "The expiry reminders could not run: " + e.getMessage());
      }
      throw e;
    }
  }

  private ExpiryReminderDesk.Figures remind(LocalDate day, OffsetDateTime now) {
    String portal = publicUrl.replaceAll("/+$", "");
    Map<String, List<DueRequirement>> byPerson = new LinkedHashMap<>();
    for (DueRequirement line : due.on(day)) {
      byPerson.computeIfAbsent(line.personId(), p -> new ArrayList<>(2)).add(line);
    }
    Map<String, List<city.academy.catalogue.reminder.domain.BookableSessions.Offer>> offers = new HashMap<>();
    ExpiryReminderDesk.Figures figures = new ExpiryReminderDesk.Figures(0, 0, 0);
    List<List<DueRequirement>> batch = new ArrayList<>(BATCH);
    for (List<DueRequirement> person : byPerson.values()) {
      batch.add(person);
      if (batch.size() == BATCH) {
        figures = figures.plus(remindBatch(batch, day, now, portal, offers));
        batch = new ArrayList<>(BATCH);
      }
    }
    if (!batch.isEmpty()) {
      figures = figures.plus(remindBatch(batch, day, now, portal, offers));
    }
    int digests = 0;
    for (String manager : reminders.managersWaiting()) {
      try {
        digests += desk.digest(manager, day, portal) ? 1 : 0;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "The team digest of " + manager + " was not left; the next run tries again", e);
      }
    }
    return figures.plus(new ExpiryReminderDesk.Figures(0, 0, digests));
  }

  private ExpiryReminderDesk.Figures remindBatch(List<List<DueRequirement>> batch, LocalDate day, OffsetDateTime now, String portal,
      Map<String, List<BookableSessions.Offer>> offers) {
    try {
      return desk.remind(batch, day, now, portal, offers);
    } catch (RuntimeException e) {
      // Another run wrote some of these at the same moment (the unique key refused ours): nothing
      // of this batch was kept; what the other run did not send is sent by the next run.
      LOG.log(Level.WARNING, "A batch of " + batch.size() + " people's reminders was not written; the next run tries again", e);
      return new ExpiryReminderDesk.Figures(0, 0, 0);
    }
  }
}
