package city.academy.catalogue.booking.domain;

/** A session runs as scheduled or is cancelled; whether it is past is a matter of the clock. */
public enum SessionStatus { SCHEDULED, CANCELLED }
