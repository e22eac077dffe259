package city.academy.catalogue.reminder.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Reminders sent, and team lines waiting for their digest. */
public interface ExpiryReminderRepository {

  /** Of these records, the {@link DueRequirement#key() keys} already reminded at any threshold. */
  Set<String> remindedKeys(Collection<Long> recordIds);

  ExpiryReminder add(ExpiryReminder reminder);

  TeamReminder add(TeamReminder line);

  /** Managers with team lines not yet in a digest. */
  List<String> managersWaiting();

  /** A manager's lines not yet in a digest, with their reminders, by person and subject. */
  List<TeamReminder> waitingFor(String managerId);

  /**
   * Marks these lines as gone out in a digest, each only if it still waits. @return how many were
   * marked (fewer than asked: another run took some)
   */
  int markDigested(List<Long> lineIds, long messageId);

  /** A person's reminders, newest first, at most {@code limit}. */
  List<ExpiryReminder> ofPerson(String personId, int limit);
}
