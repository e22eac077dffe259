package city.academy.catalogue.booking.domain;

/** Where a booking stands. The first three are active: a person holds at most one per session. */
public enum BookingStatus {
  CONFIRMED,
  WAITLISTED,
  AWAITING_APPROVAL,
  REFUSED,
  CANCELLED;

  public boolean isActive() {
    return this == CONFIRMED || this == WAITLISTED || this == AWAITING_APPROVAL;
  }
}
