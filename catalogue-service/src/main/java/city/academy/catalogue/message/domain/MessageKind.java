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
  SESSION_CHANGED
}
