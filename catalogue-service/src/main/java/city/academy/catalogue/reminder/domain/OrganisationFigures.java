package city.academy.catalogue.reminder.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An organisation's mandatory training as its HR admin's weekly digest tells it (from the passport).
 *
 * @param subjects subjects with people whose training has expired or is missing
 * @param expiringSoon who has training that stops counting within {@code expiringDays} days, soonest first
 */
public record OrganisationFigures(String code, String name, LocalDate asOf, long people, long compliantPeople,
    List<SubjectGaps> subjects, int expiringDays, List<Expiring> expiringSoon) {

  /** A subject's people whose training has expired, or who have none. */
  public record SubjectGaps(String subjectName, long expired, long missing) {}

  /** One person's requirement that stops counting soon. */
  public record Expiring(String personName, String subjectName, LocalDate expiresOn) {}
}
