package city.academy.catalogue.message.application;

import city.academy.catalogue.message.domain.EmailPreference;
import city.academy.catalogue.message.domain.EmailPreferenceRepository;
import city.academy.catalogue.message.domain.MessageKind;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/** A person's email preferences: read, changed by themselves only, and asked before each email is queued. */
@ApplicationScoped
@Transactional
public class EmailPreferences {

  /** The form as sent: every choice, by name. */
  public record Choice(String expiryReminders, Boolean bookingUpdates, Boolean sessionReminders, Boolean teamDigest,
      String organisationDigest) {}

  private EmailPreferenceRepository preferences;

  protected EmailPreferences() {}

  @Inject
  public EmailPreferences(EmailPreferenceRepository preferences) {
    this.preferences = preferences;
  }

  /** The person's preferences (the defaults when they never chose). */
  public EmailPreference of(String personId) {
    return preferences.byPerson(personId).orElseGet(() -> EmailPreference.defaults(personId));
  }

  /** Several people's preferences at once (one query; the defaults for those who never chose). */
  public java.util.Map<String, EmailPreference> ofPeople(java.util.Collection<String> personIds) {
    java.util.Map<String, EmailPreference> found = new java.util.HashMap<>();
    preferences.byPeople(personIds).forEach(p -> found.put(p.personId(), p));
    personIds.forEach(id -> found.computeIfAbsent(id, EmailPreference::defaults));
    return found;
  }

  /**
   * Saves the caller's own choices. Refused (400, nothing saved): expiry reminders switched off or
   * unknown, a missing choice, an organisation digest of an organisation the caller is not HR admin of.
   */
  public EmailPreference choose(Caller caller, Choice choice) {
    String personId = caller.personId();
    if (personId == null) {
      throw ProblemException.forbidden("Only a person has email preferences.");
    }
    if (choice == null) {
      throw ProblemException.badRequest("Send your choices: expiryReminders, bookingUpdates, sessionReminders, teamDigest.");
    }
    EmailPreference.ExpiryReminders expiry = expiry(choice.expiryReminders());
    boolean bookings = required("bookingUpdates", choice.bookingUpdates());
    boolean sessions = required("sessionReminders", choice.sessionReminders());
    boolean team = required("teamDigest", choice.teamDigest());
    String organisation = choice.organisationDigest() == null || choice.organisationDigest().isBlank()
        ? null : choice.organisationDigest().strip().toUpperCase(Locale.ROOT);
    if (organisation != null && !(caller.has(Role.HR_ADMIN) && caller.hrAdminOf().contains(organisation))) {
      throw ProblemException.badRequest("organisationDigest: the weekly digest of an organisation is for its HR admins;"
          + " you are not HR admin of " + organisation + ".");
    }
    EmailPreference preference = preferences.byPerson(personId).orElseGet(() -> preferences.add(EmailPreference.defaults(personId)));
    preference.choose(expiry, bookings, sessions, team, organisation, OffsetDateTime.now(ZoneOffset.UTC));
    return preference;
  }

  /** Everyone who asked for an organisation's weekly digest. */
  public java.util.List<EmailPreference> organisationDigests() {
    return preferences.organisationDigests();
  }

  /** Whether a message of this kind for this person is also emailed. */
  public boolean wantsEmail(String personId, MessageKind kind) {
    return kind.emailChoice() == MessageKind.EmailChoice.ALWAYS || of(personId).wantsEmail(kind);
  }

  private static EmailPreference.ExpiryReminders expiry(String value) {
    if (value == null || value.isBlank()) {
      throw ProblemException.badRequest("expiryReminders: say ALL or FEWER.");
    }
    try {
      return EmailPreference.ExpiryReminders.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("expiryReminders: reminders before your mandatory training expires can be ALL or FEWER,"
          + " not " + value + "; they cannot be switched off.");
    }
  }

  private static boolean required(String name, Boolean value) {
    if (value == null) {
      throw ProblemException.badRequest(name + ": say true or false.");
    }
    return value;
  }
}
