package city.academy.catalogue.booking.domain;

/** Who cancelled a booking. */
public enum Canceller { LEARNER, PROVIDER }
