package city.academy.catalogue.reminder.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A requirement of a person's at a reminder threshold, as the passport reports it.
 *
 * @param expiresOn the first day the record no longer counts
 * @param acceptedLevels the subject's levels that meet the requirement
 * @param organisations the person's current employers
 * @param lineManagers their line managers' passport identities
 */
public record DueRequirement(String personId, String personName, long recordId, String subject, String subjectName, String level,
    List<String> acceptedLevels, LocalDate expiresOn, ReminderThreshold threshold, List<String> organisations,
    List<String> lineManagers) {

  /** The key that is reminded once. */
  public String key() {
    return recordId + ":" + threshold.name();
  }
}
