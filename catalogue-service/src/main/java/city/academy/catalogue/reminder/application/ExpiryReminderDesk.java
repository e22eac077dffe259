package city.academy.catalogue.reminder.application;

import city.academy.catalogue.message.application.EmailPreferences;
import city.academy.catalogue.message.application.Messages;
import city.academy.catalogue.message.domain.EmailPreference;
import city.academy.catalogue.message.domain.Message;
import city.academy.catalogue.message.domain.MessageKind;
import city.academy.catalogue.reminder.domain.BookableSessions;
import city.academy.catalogue.reminder.domain.DueRequirement;
import city.academy.catalogue.reminder.domain.ExpiryReminder;
import city.academy.catalogue.reminder.domain.ExpiryReminderRepository;
import city.academy.catalogue.reminder.domain.TeamReminder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reminder job's units of work, each committed on its own: a batch of people (their reminders,
 * their messages and the lines for their managers, together), and one manager's digest.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ExpiryReminderDesk {
  /** Sessions offered per requirement. */
  static final int OFFERS = 3;

  @Inject ExpiryReminderRepository reminders;
  @Inject Messages messages;
  @Inject EmailPreferences preferences;
  @Inject BookableSessions sessions;

  /**
   * Reminds each person of their requirements not reminded before at that threshold. @return the
   * reminders written (0 when all had been sent before)
   */
  public Figures remind(List<List<DueRequirement>> people, LocalDate day, OffsetDateTime now, String portal,
      Map<String, List<BookableSessions.Offer>> offerCache) {
    List<Long> records = people.stream().flatMap(List::stream).map(DueRequirement::recordId).toList();
    Set<String> sent = reminders.remindedKeys(records);
    Map<String, EmailPreference> chosen = preferences.ofPeople(people.stream().map(lines -> lines.get(0).personId()).toList());
    int reminded = 0;
    int persons = 0;
    for (List<DueRequirement> lines : people) {
      List<DueRequirement> fresh = lines.stream().filter(l -> !sent.contains(l.key())).toList();
      if (fresh.isEmpty()) {
        continue;
      }
      Map<String, List<BookableSessions.Offer>> offers = new HashMap<>();
      for (DueRequirement line : fresh) {
        String cacheKey = line.subject() + "|" + line.acceptedLevels() + "|" + line.organisations();
        offers.put(line.key(), offerCache.computeIfAbsent(cacheKey,
            k -> sessions.forRequirement(line.subject(), line.acceptedLevels(), line.organisations(), now, OFFERS)));
      }
      DueRequirement first = fresh.get(0);
      EmailPreference preference = chosen.get(first.personId());
      boolean email = fresh.stream().anyMatch(l -> preference.wantsExpiryEmail(l.threshold().inFewer()));
      ReminderTexts.Text text = ReminderTexts.forPerson(fresh, offers, day, portal);
      Message message = messages.leave(first.personId(), MessageKind.EXPIRY_REMINDER, text.subject(), text.body(), null, null, email);
      for (DueRequirement line : fresh) {
        ExpiryReminder reminder = reminders.add(new ExpiryReminder(line, day, message.id()));
        line.lineManagers().stream().distinct().filter(m -> !m.equals(line.personId()))
            .forEach(manager -> reminders.add(new TeamReminder(reminder, manager)));
        reminded++;
      }
      persons++;
    }
    return new Figures(persons, reminded, 0);
  }

  /**
   * One digest for a manager of every team line not yet in one. @return whether a digest was left
   * (false: nothing waited, or another run took the lines first — then nothing is written)
   */
  public boolean digest(String managerId, LocalDate day, String portal) {
    List<TeamReminder> lines = reminders.waitingFor(managerId);
    if (lines.isEmpty()) {
      return false;
    }
    Map<Long, ExpiryReminder> byReminder = new LinkedHashMap<>();
    lines.forEach(l -> byReminder.putIfAbsent(l.reminder().id(), l.reminder()));
    ReminderTexts.Text text = ReminderTexts.forManager(new ArrayList<>(byReminder.values()), day, portal);
    Message message = messages.leave(managerId, MessageKind.TEAM_DIGEST, text.subject(), text.body(), null, null);
    int marked = reminders.markDigested(lines.stream().map(TeamReminder::id).toList(), message.id());
    if (marked != lines.size()) {
      throw new ConcurrentDigest(managerId);
    }
    return true;
  }

  /** What a run did. */
  public record Figures(int people, int reminders, int digests) {
    Figures plus(Figures other) {
      return new Figures(people + other.people, reminders + other.reminders, digests + other.digests);
    }
  }

  /** Another run sent some of these lines in the meantime: this digest is rolled back. */
  static final class ConcurrentDigest extends RuntimeException {
    ConcurrentDigest(String managerId) {
      super("Another run sent part of the team digest of " + managerId + "; this one is rolled back.");
    }
  }
}
