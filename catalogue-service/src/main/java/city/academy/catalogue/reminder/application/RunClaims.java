package city.academy.catalogue.reminder.application;

import city.academy.catalogue.reminder.domain.ReminderRuns;
import city.academy.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** How a reminder job claims its day's (or week's) run: one instance at a time, each job the same way. */
@ApplicationScoped
public class RunClaims {
  /** A run's claim: long enough for the city's first day. */
  static final Duration LEASE = Duration.ofMinutes(30);

  @Inject ReminderRuns runs;

  /**
   * @param again claim even if the run has finished (an admin asking)
   * @param what the run in words, for the refusal ("the expiry reminders of 2026-12-03")
   * @return true when claimed; false when the run had finished and {@code again} was false
   * @throws ProblemException 409 when another instance holds the run now
   */
  boolean claim(String job, LocalDate day, String runner, boolean again, String what) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    ReminderRuns.Claim claim;
    try {
      claim = runs.claim(job, day, runner, now, now.plus(LEASE), again);
    } catch (IllegalStateException raced) {
      claim = ReminderRuns.Claim.HELD_ELSEWHERE; // another instance created the run's row a moment ago
    }
    if (claim == ReminderRuns.Claim.HELD_ELSEWHERE) {
      throw ProblemException.conflict(what.substring(0, 1).toUpperCase() + what.substring(1)
          + " are being sent now; try again in a few minutes.");
    }
    return claim == ReminderRuns.Claim.CLAIMED;
  }
}
