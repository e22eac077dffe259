package city.academy.catalogue.api;

import java.util.List;

/**
 * Which emails a person gets (every message also stays in the portal).
 *
 * @param expiryReminders {@code ALL} (90, 30 and 7 days before, and on expiry) or {@code FEWER} (30
 *     days before, and on expiry); they cannot be switched off
 * @param bookingUpdates confirmations, waiting list, approval decisions, cancellations of a booking
 * @param sessionReminders a reminder two days before a booked session
 * @param teamDigest for line managers: one digest of the reminders their team got
 * @param organisationDigest for HR admins: the organisation whose weekly digest they get, or null
 * @param organisationDigestChoices the organisations whose digest the person may ask for (read only)
 */
public record EmailPreferencesDto(String expiryReminders, Boolean bookingUpdates, Boolean sessionReminders, Boolean teamDigest,
    String organisationDigest, List<String> organisationDigestChoices) {}
