package city.academy.catalogue.message.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * Which emails a person wants. Every message stays in the portal whatever they choose; this says
 * which also come by email. Reminders before mandatory training expires can be reduced to fewer,
 * never switched off. A person with no choices saved has the defaults: everything, except the
 * organisation digest, which an HR admin asks for.
 */
@Entity
@Table(name = "email_preference")
public class EmailPreference {

  /** How many expiry reminders: all four thresholds, or 30 days before and on expiry only. */
  public enum ExpiryReminders { ALL, FEWER }

  @Id
  @Column(name = "person_id", length = 16)
  private String personId;

  @Enumerated(EnumType.STRING)
  @Column(name = "expiry_reminders", nullable = false, length = 8)
  private ExpiryReminders expiryReminders = ExpiryReminders.ALL;

  @Column(name = "booking_updates", nullable = false)
  private boolean bookingUpdates = true;

  @Column(name = "session_reminders", nullable = false)
  private boolean sessionReminders = true;

  @Column(name = "team_digest", nullable = false)
  private boolean teamDigest = true;

  @Column(name = "organisation_digest", length = 16)
  private String organisationDigest;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected EmailPreference() {}

  /** The defaults, not yet saved. */
  public static EmailPreference defaults(String personId) {
    EmailPreference preference = new EmailPreference();
    preference.personId = personId;
    return preference;
  }

  /**
   * Sets every choice at once (the form has them all).
   *
   * @param organisationDigest the organisation whose weekly digest the person wants, or null
   */
  public void choose(ExpiryReminders expiryReminders, boolean bookingUpdates, boolean sessionReminders, boolean teamDigest,
      String organisationDigest, OffsetDateTime now) {
    if (expiryReminders == null) {
      throw new IllegalArgumentException("Reminders before your mandatory training expires can be fewer, not none.");
    }
    this.expiryReminders = expiryReminders;
    this.bookingUpdates = bookingUpdates;
    this.sessionReminders = sessionReminders;
    this.teamDigest = teamDigest;
    this.organisationDigest = organisationDigest;
    this.updatedAt = now;
  }

  /** Whether a message of this kind is also emailed (for expiry reminders, see {@link #wantsExpiryEmail}). */
  public boolean wantsEmail(MessageKind kind) {
    return switch (kind.emailChoice()) {
      case ALWAYS, EXPIRY_REMINDERS -> true;
      case BOOKING_UPDATES -> bookingUpdates;
      case SESSION_REMINDERS -> sessionReminders;
      case TEAM_DIGEST -> teamDigest;
    };
  }

  /** Whether an expiry reminder that only "fewer" would also send is emailed. */
  public boolean wantsExpiryEmail(boolean inFewer) {
    return inFewer || expiryReminders == ExpiryReminders.ALL;
  }

  public String personId() {
    return personId;
  }

  public ExpiryReminders expiryReminders() {
    return expiryReminders;
  }

  public boolean bookingUpdates() {
    return bookingUpdates;
  }

  public boolean sessionReminders() {
    return sessionReminders;
  }

  public boolean teamDigest() {
    return teamDigest;
  }

  public String organisationDigest() {
    return organisationDigest;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
