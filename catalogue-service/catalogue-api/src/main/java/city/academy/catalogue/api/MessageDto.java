package city.academy.catalogue.api;

/**
 * A message left for a person (confirmations, waitlist promotions, approvals needed,
 * cancellations).
 *
 * @param kind e.g. BOOKING_CONFIRMED, WAITLISTED, PROMOTED, APPROVAL_NEEDED, APPROVED, REFUSED,
 *     BOOKING_CANCELLED, SESSION_CANCELLED, SESSION_CHANGED, SESSION_REMINDER
 * @param readAt when the person marked it read, or null
 */
public record MessageDto(
    long id, String kind, String subject, String text, Long sessionId, Long bookingId, MomentDto createdAt, MomentDto readAt) {}
