package city.academy.catalogue.booking.domain;

/** What the provider marks for a confirmed booking. Completion is what counts in the passport. */
public enum Attendance { ATTENDED, DID_NOT_ATTEND, COMPLETED }
