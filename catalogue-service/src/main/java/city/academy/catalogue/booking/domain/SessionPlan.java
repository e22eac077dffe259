package city.academy.catalogue.booking.domain;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * What a provider decides about a session: when and where, how many places and for whom, and the
 * deadlines. Defaults are filled in here; the session checks the plan against the clock and its
 * bookings.
 *
 * @param releaseAt when unfilled reserved places open to everyone
 * @param bookingCutoffAt last moment to ask for a place
 * @param cancellationCutoffAt last moment a learner may cancel a confirmed place
 */
public record SessionPlan(
    OffsetDateTime startsAt,
    OffsetDateTime endsAt,
    String venue,
    String onlineLink,
    String trainer,
    int capacity,
    int reservedPlaces,
    OffsetDateTime releaseAt,
    OffsetDateTime bookingCutoffAt,
    OffsetDateTime cancellationCutoffAt,
    boolean approvalNeeded) {

  public static final Duration DEFAULT_RELEASE_BEFORE_START = Duration.ofDays(7);
  public static final Duration DEFAULT_CANCELLATION_BEFORE_START = Duration.ofHours(24);

  /** A plan with the defaults: nothing reserved, release a week before, cancel until a day before. */
  public static SessionPlan of(
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      String venue,
      String onlineLink,
      String trainer,
      Integer capacity,
      Integer reservedPlaces,
      OffsetDateTime releaseAt,
      OffsetDateTime bookingCutoffAt,
      OffsetDateTime cancellationCutoffAt,
      Boolean approvalNeeded) {
    if (startsAt == null) {
      throw new IllegalArgumentException("startsAt: give the start of the session.");
    }
    if (endsAt == null) {
      throw new IllegalArgumentException("endsAt: give the end of the session.");
    }
    if (capacity == null) {
      throw new IllegalArgumentException("capacity: give the number of places.");
    }
    return new SessionPlan(
        LondonTime.utc(startsAt),
        LondonTime.utc(endsAt),
        blankToNull(venue),
        blankToNull(onlineLink),
        blankToNull(trainer),
        capacity,
        reservedPlaces == null ? 0 : reservedPlaces,
        LondonTime.utc(releaseAt == null ? startsAt.minus(DEFAULT_RELEASE_BEFORE_START) : releaseAt),
        LondonTime.utc(bookingCutoffAt == null ? startsAt : bookingCutoffAt),
        LondonTime.utc(cancellationCutoffAt == null ? startsAt.minus(DEFAULT_CANCELLATION_BEFORE_START) : cancellationCutoffAt),
        approvalNeeded != null && approvalNeeded);
  }

  public int partnerPlaces() {
    return capacity - reservedPlaces;
  }

  /** Checks the plan on its own and against the clock; the message names the field. */
  void check(OffsetDateTime now) {
    if (!endsAt.isAfter(startsAt)) {
      throw new IllegalArgumentException("endsAt: a session ends after it starts (it starts " + LondonTime.readable(startsAt) + ").");
    }
    if (!startsAt.isAfter(now)) {
      throw new IllegalArgumentException("startsAt: a session cannot start in the past (" + LondonTime.readable(startsAt) + ").");
    }
    if (Duration.between(startsAt, endsAt).compareTo(Duration.ofDays(366)) > 0) {
      throw new IllegalArgumentException("endsAt: a session lasts at most a year.");
    }
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity: a session has at least 1 place, not " + capacity + ".");
    }
    if (capacity > Session.CAPACITY_MAX) {
      throw new IllegalArgumentException("capacity: a session has at most " + Session.CAPACITY_MAX + " places.");
    }
    if (reservedPlaces < 0) {
      throw new IllegalArgumentException("reservedPlaces: cannot be negative.");
    }
    if (reservedPlaces > capacity) {
      throw new IllegalArgumentException(
          "reservedPlaces: " + reservedPlaces + " reserved places are more than the " + capacity + " places of the session.");
    }
    if (venue == null && onlineLink == null) {
      throw new IllegalArgumentException("venue: give a venue or an online link.");
    }
    if (venue != null && venue.length() > Session.VENUE_MAX) {
      throw new IllegalArgumentException("venue: at most " + Session.VENUE_MAX + " characters.");
    }
    if (onlineLink != null && (onlineLink.length() > Session.LINK_MAX || !onlineLink.matches("https://\\S+"))) {
      throw new IllegalArgumentException("onlineLink: an https:// address of at most " + Session.LINK_MAX + " characters.");
    }
    if (trainer != null && trainer.length() > Session.TRAINER_MAX) {
      throw new IllegalArgumentException("trainer: at most " + Session.TRAINER_MAX + " characters.");
    }
    if (bookingCutoffAt.isAfter(startsAt)) {
      throw new IllegalArgumentException("bookingCutoffAt: booking closes at the start of the session at the latest.");
    }
    if (cancellationCutoffAt.isAfter(startsAt)) {
      throw new IllegalArgumentException("cancellationCutoffAt: cancellations close at the start of the session at the latest.");
    }
    if (releaseAt.isAfter(startsAt)) {
      throw new IllegalArgumentException("releaseAt: reserved places open to everyone at the start of the session at the latest (that date means never before it).");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
