package city.academy.catalogue.calendar.domain;

import city.academy.catalogue.booking.domain.Booking;
import city.academy.catalogue.booking.domain.BookingStatus;
import city.academy.catalogue.booking.domain.LondonTime;
import city.academy.catalogue.booking.domain.Session;
import city.academy.catalogue.booking.domain.SessionStatus;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What a person's bookings look like in their calendar. */
public final class FeedEntries {
  public static final String UID_DOMAIN = "catalogue.academy.local";

  private FeedEntries() {}

  /**
   * An event for a confirmed booking, or a cancelled one for a booking that had a place (its
   * event may already be in the person's calendar); nothing for a request that never had a place.
   */
  public static boolean belongsInFeed(Booking b) {
    return b.status() == BookingStatus.CONFIRMED || (b.status() == BookingStatus.CANCELLED && b.confirmedAt() != null);
  }

  public static FeedEvent of(Booking b) {
    Session s = b.session();
    boolean cancelled = b.status() == BookingStatus.CANCELLED || s.status() == SessionStatus.CANCELLED;
    List<String> lines = new ArrayList<>();
    lines.add(s.course().title() + ", run by " + s.ownerOrganisationCode() + ".");
    if (cancelled) {
      lines.add(s.status() == SessionStatus.CANCELLED
          ? "The session was cancelled" + (s.cancellationReason() == null ? "." : ": " + s.cancellationReason())
          : "Your booking was cancelled" + (b.note() == null ? "." : ": " + b.note()));
    }
    if (s.trainer() != null) {
      lines.add("Trainer: " + s.trainer() + ".");
    }
    if (s.venue() != null && s.onlineLink() != null) {
      lines.add("Online: " + s.onlineLink());
    }
    lines.add("Starts " + LondonTime.readable(s.startsAt()) + " (London). Booking " + b.id() + ".");
    OffsetDateTime lastModified = Stream.of(s.planChangedAt(), b.requestedAt(), b.confirmedAt(), b.cancelledAt())
        .filter(java.util.Objects::nonNull)
        .max(OffsetDateTime::compareTo)
        .orElseThrow();
    return new FeedEvent("booking-" + b.id() + "@" + UID_DOMAIN, s.startsAt(), s.endsAt(), s.course().title(),
        s.venue() != null ? s.venue() : s.onlineLink(), String.join("\n", lines), s.onlineLink(), cancelled,
        s.planVersion() + (cancelled ? 1 : 0), lastModified);
  }
}
