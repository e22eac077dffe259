package city.academy.catalogue.reminder.application;

import city.academy.catalogue.message.application.EmailPreferences;
import city.academy.catalogue.reminder.domain.OrganisationFigures;
import city.academy.catalogue.reminder.domain.OrganisationFiguresSource;
import city.academy.catalogue.reminder.domain.ReminderRuns;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HR admins' weekly digests: each person who asked for their organisation's digest gets one a
 * week (Monday), if the passport confirms they are still its HR admin. One per person and week,
 * ever; one instance runs the week's job at a time.
 */
@ApplicationScoped
public class OrganisationDigestJob {
  private static final Logger LOG = Logger.getLogger(OrganisationDigestJob.class.getName());
  public static final String JOB = "ORG_WEEKLY";

  /** A finished run: digests left, people skipped (no longer HR admin, or already sent this week). */
  public record Run(LocalDate weekOf, int digests, int skipped, long millis) {}

  @Inject ReminderRuns runs;
  @Inject RunClaims claims;
  @Inject EmailPreferences preferences;
  @Inject OrganisationFiguresSource figures;
  @Inject OrganisationDigestDesk desk;

  @Inject
  @ConfigProperty(name = "academy.public-url", defaultValue = "http://127.0.0.1:8080")
  String publicUrl;

  private final String runner = "catalogue-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);

  /** The Monday of the week {@code day} falls in. */
  public static LocalDate weekOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** @return the run, or empty when the week's run had finished (and {@code again} was false) */
  public Optional<Run> run(LocalDate day, boolean again) {
    LocalDate week = weekOf(day);
    if (!claims.claim(JOB, week, runner, again, "the weekly digests of " + week)) {
      return Optional.empty();
    }
    long started = System.nanoTime();
    int digests = 0;
    int skipped = 0;
    String portal = publicUrl.replaceAll("/+$", "");
    try {
      for (var preference : preferences.organisationDigests()) {
        String person = preference.personId();
        String organisation = preference.organisationDigest();
        if (desk.sent(person, week)) {
          skipped++;
          continue;
        }
        Optional<OrganisationFigures> found = figures.forHrAdmin(organisation, person);
        if (found.isEmpty()) {
          LOG.info(() -> person + " asked for the weekly digest of " + organisation + " but is not its HR admin now; none sent.");
          skipped++;
          continue;
        }
        try {
          desk.leave(person, week, found.get(), portal);
          digests++;
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "The weekly digest of " + organisation + " for " + person + " was not left; the next run tries again", e);
        }
      }
      runs.finish(JOB, week, runner, OffsetDateTime.now(ZoneOffset.UTC), digests, 0, digests);
    } catch (IllegalStateException unavailable) {
      runs.release(JOB, week, runner);
      throw new ProblemException(ProblemType.UNAVAILABLE, "The weekly digests could not run: " + unavailable.getMessage());
    } catch (RuntimeException e) {
      runs.release(JOB, week, runner);
      throw e;
    }
    Run run = new Run(week, digests, skipped, (System.nanoTime() - started) / 1_000_000);
    LOG.info(() -> "Weekly digests of " + week + ": " + run.digests() + " left, " + run.skipped() + " skipped in " + run.millis() + " ms");
    return Optional.of(run);
  }
}
