package city.academy.catalogue.message.domain;

/** What a message is about. */
public enum MessageKind {
  BOOKING_CONFIRMED,
  WAITLISTED,
  PROMOTED,
  APPROVAL_NEEDED,
  AWAITING_APPROVAL,
  APPROVED,
  REFUSED,
  BOOKING_CANCELLED,
  SESSION_CANCELLED,
  SESSION_CHANGED,
  /** Two days before a session the person has a confirmed place on (docs/booking.md, "Session reminders"). */
  SESSION_REMINDER
}
