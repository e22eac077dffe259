package city.academy.web.provider;

import city.academy.catalogue.api.MomentDto;
import city.academy.catalogue.api.SessionDto;
import city.academy.web.booking.BookingWords;
import city.academy.web.platform.DisplayDates;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** A session as its provider reads it: places taken, by whom, and the waitlist. */
public final class SessionView {
  private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private SessionView() {}

  /** One session as listed for its provider. */
  public record Row(long id, String when, String where, String trainer, String places, String detail, boolean approvalNeeded,
      boolean cancelled, String status, boolean started) {}

  static Row row(SessionDto s, OffsetDateTime now) {
    OffsetDateTime start = instant(s.startsAt());
    boolean cancelled = "CANCELLED".equals(s.status());
    return new Row(s.id(), BookingWords.when(s.startsAt(), s.endsAt()), BookingWords.where(s), s.trainer() == null ? "" : s.trainer(),
        places(s), detail(s), s.approvalNeeded(), cancelled,
        cancelled ? "Cancelled" + (s.cancellationReason() == null ? "" : ": " + s.cancellationReason()) : "Scheduled",
        start != null && !start.isAfter(now));
  }

  /** "12 of 20 places taken". */
  static String places(SessionDto s) {
    return s.confirmed() + " of " + s.capacity() + (s.capacity() == 1 ? " place" : " places") + " taken";
  }

  /** Who holds them and who waits: "8 of our staff, 4 from partners (6 open to partners); 2 waiting". */
  static String detail(SessionDto s) {
    String text = s.ownerConfirmed() + " of our staff, " + s.partnerConfirmed() + " from partners (" + s.partnerPlaces()
        + " open to partners" + (s.placesReleased() ? ", now every free place" : "") + ")";
    return s.waitlisted() > 0 ? text + "; " + s.waitlisted() + " waiting" : text;
  }

  static OffsetDateTime instant(MomentDto moment) {
    if (moment == null) {
      return null;
    }
    return moment.utc() != null ? moment.utc() : moment.london();
  }

  /** The moment as a London wall-clock time for a {@code datetime-local} field ("2026-11-22T09:30"); empty for none. */
  static String localInput(MomentDto moment) {
    OffsetDateTime at = instant(moment);
    return at == null ? "" : LOCAL_INPUT.format(at.atZoneSameInstant(DisplayDates.ZONE));
  }
}
