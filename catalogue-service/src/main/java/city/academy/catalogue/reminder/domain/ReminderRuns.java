package city.academy.catalogue.reminder.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Runs of a scheduled job, one per job and day, claimed for a lease: however many instances of the
 * service run, one runs a job at a time, and the daily timer runs a day's once.
 */
public interface ReminderRuns {

  /** How a claim went. */
  enum Claim { CLAIMED, HELD_ELSEWHERE, ALREADY_DONE }

  /**
   * Claims the day's run until {@code until}.
   *
   * @param again claim even if the day's run has finished (an admin asking for it)
   */
  Claim claim(String job, LocalDate day, String runner, OffsetDateTime now, OffsetDateTime until, boolean again);

  /** Records the run's figures and lets go of it. */
  void finish(String job, LocalDate day, String runner, OffsetDateTime now, int people, int reminders, int digests);

  /** Lets go of a run that failed, so the next tick tries again. */
  void release(String job, LocalDate day, String runner);
}
