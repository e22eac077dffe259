package city.academy.web.booking;

import city.academy.catalogue.api.EmailPreferencesDto;
import city.academy.catalogue.api.SessionClient;
import city.academy.web.platform.ServiceCalls;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * My email preferences: which messages also come by email. Every message stays in the portal; the
 * reminders before mandatory training expires can be fewer, not none (the catalogue refuses "none").
 */
@Named
@RequestScoped
public class PreferencesBacking {

  @Inject @RestClient SessionClient sessions;

  private EmailPreferencesDto saved;
  private String expiryReminders;
  private boolean bookingUpdates;
  private boolean sessionReminders;
  private boolean teamDigest;
  private String organisationDigest;
  private String done;

  @PostConstruct
  void load() {
    ServiceCalls.call(MessagesBacking.SERVICE, sessions::myEmailPreferences).ifPresent(this::show);
  }

  private void show(EmailPreferencesDto p) {
    saved = p;
    expiryReminders = p.expiryReminders();
    bookingUpdates = Boolean.TRUE.equals(p.bookingUpdates());
    sessionReminders = Boolean.TRUE.equals(p.sessionReminders());
    teamDigest = Boolean.TRUE.equals(p.teamDigest());
    organisationDigest = p.organisationDigest() == null ? "" : p.organisationDigest();
  }

  public String save() {
    EmailPreferencesDto choice = new EmailPreferencesDto(expiryReminders, bookingUpdates, sessionReminders, teamDigest,
        organisationDigest == null || organisationDigest.isBlank() ? null : organisationDigest, null);
    ServiceCalls.call(MessagesBacking.SERVICE, () -> sessions.chooseEmailPreferences(choice)).ifPresent(p -> {
      show(p);
      done = "Your email choices are saved.";
    });
    return null;
  }

  public boolean isLoaded() {
    return saved != null;
  }

  /** The organisations whose weekly digest the person may ask for (their HR admin organisations). */
  public List<String> getOrganisationChoices() {
    return saved == null || saved.organisationDigestChoices() == null ? List.of() : saved.organisationDigestChoices();
  }

  public String getExpiryReminders() {
    return expiryReminders;
  }

  public void setExpiryReminders(String expiryReminders) {
    this.expiryReminders = expiryReminders;
  }

  public boolean isBookingUpdates() {
    return bookingUpdates;
  }

  public void setBookingUpdates(boolean bookingUpdates) {
    this.bookingUpdates = bookingUpdates;
  }

  public boolean isSessionReminders() {
    return sessionReminders;
  }

  public void setSessionReminders(boolean sessionReminders) {
    this.sessionReminders = sessionReminders;
  }

  public boolean isTeamDigest() {
    return teamDigest;
  }

  public void setTeamDigest(boolean teamDigest) {
    this.teamDigest = teamDigest;
  }

  public String getOrganisationDigest() {
    return organisationDigest;
  }

  public void setOrganisationDigest(String organisationDigest) {
    this.organisationDigest = organisationDigest;
  }

  public String getDone() {
    return done;
  }
}
