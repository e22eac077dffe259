package city.academy.passport.compliance.domain;

import city.academy.passport.framework.domain.Requirement;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.staffpassport.domain.Passport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds, person by person, the requirements whose deciding record reached a reminder threshold in
 * the last few days (so a day the job did not run is caught up, and the caller never sends a
 * threshold twice for a record: it remembers what it sent). Only the tightest threshold reached is
 * given: someone whose record expires in five days hears "7 days", not "90" and "30" as well.
 * Requirements met by a record that never expires, and missing ones, are not reminders.
 */
public final class RemindersDue {

  /** A requirement at a threshold. */
  public record Due(StaffMember member, Requirement requirement, Long recordId, LocalDate expiresOn, ReminderThreshold threshold) {}

  private final TrainingFramework framework;
  private final LocalDate day;
  private final int catchUpDays;
  private final int window;
  private final Consumer<Due> sink;
  private final Map<List<city.academy.passport.framework.domain.Post>, List<Requirement>> requirementsCache = new HashMap<>();

  /**
   * @param day the day of the run
   * @param catchUpDays a threshold reached up to this many days before {@code day} is still given
   *     (at least 1: the day itself)
   */
  public RemindersDue(TrainingFramework framework, LocalDate day, int catchUpDays, int window, Consumer<Due> sink) {
    if (catchUpDays < 1) {
      throw new IllegalArgumentException("catch up at least the day itself");
    }
    this.framework = framework;
    this.day = day;
    this.catchUpDays = catchUpDays;
    this.window = window;
    this.sink = sink;
  }

  public void add(StaffMember member) {
    List<Requirement> requirements = requirementsCache.computeIfAbsent(member.posts(), framework::requirementsFor);
    Passport<?> passport = Passport.assess(framework, requirements, member.records(), day, window);
    LocalDate earliest = day.minusDays(catchUpDays - 1L);
    List<Due> due = new ArrayList<>(2);
    for (var standing : passport.standings()) {
      if (standing.best() == null || standing.best().expiresOn() == null) {
        continue;
      }
      LocalDate expiresOn = standing.best().expiresOn();
      ReminderThreshold.reachedBy(expiresOn, day)
          .filter(threshold -> !threshold.reachedOn(expiresOn).isBefore(earliest))
          .ifPresent(threshold -> due.add(new Due(member, standing.requirement(), standing.best().id(), expiresOn, threshold)));
    }
    due.forEach(sink);
  }
}
