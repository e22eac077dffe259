package city.academy.catalogue.reminder.domain;

import java.time.LocalDate;
import java.util.List;

/** Where the requirements due a reminder come from (the passport, which knows everyone's records). */
public interface RemindersDueSource {
  /**
   * The requirements whose record reached a threshold in the week up to {@code day}, grouped by
   * person. @throws IllegalStateException when the source cannot answer now
   */
  List<DueRequirement> on(LocalDate day);
}
