package city.academy.web.booking;

import city.academy.catalogue.api.BookingDto;
import city.academy.catalogue.api.MomentDto;
import city.academy.catalogue.api.SessionDto;
import city.academy.web.platform.DisplayDates;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;

/**
 * How sessions and bookings read on a page: times in London (the offset of that day, so a session
 * after the clocks change reads right), a booking's status and a request's outcome in words.
 */
public final class BookingWords {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private BookingWords() {}

  /** The moment as an instant with an offset (the UTC one; the London one if that is all there is). */
  static OffsetDateTime instant(MomentDto moment) {
    if (moment == null) {
      return null;
    }
    return moment.utc() != null ? moment.utc() : moment.london();
  }

  private static ZonedDateTime london(MomentDto moment) {
    OffsetDateTime at = instant(moment);
    return at == null ? null : at.atZoneSameInstant(DisplayDates.ZONE);
  }

  /** "Tue 22 Nov 2026, 09:30 to 16:30" in London; both dates when it ends on another day. */
  public static String when(MomentDto start, MomentDto end) {
    ZonedDateTime from = london(start);
    if (from == null) {
      return "";
    }
    String text = DAY.format(from) + " " + DisplayDates.format(from.toLocalDate()) + ", " + TIME.format(from);
    ZonedDateTime to = london(end);
    if (to == null) {
      return text;
    }
    if (to.toLocalDate().equals(from.toLocalDate())) {
      return text + " to " + TIME.format(to);
    }
    return text + " to " + DAY.format(to) + " " + DisplayDates.format(to.toLocalDate()) + ", " + TIME.format(to);
  }

  /** "22 Nov 2026, 09:30" in London; empty for none. */
  public static String moment(MomentDto moment) {
    OffsetDateTime at = instant(moment);
    return at == null ? "" : DisplayDates.formatDateTime(at);
  }

  /** Where: the venue, the online link, or both. */
  public static String where(SessionDto session) {
    boolean venue = session.venue() != null && !session.venue().isBlank();
    boolean online = session.onlineLink() != null && !session.onlineLink().isBlank();
    if (venue && online) {
      return session.venue() + ", and online";
    }
    if (venue) {
      return session.venue();
    }
    return online ? "Online" : "To be confirmed";
  }

  /** A booking's status as its learner reads it. */
  public static String status(BookingDto booking) {
    String status = booking.status() == null ? "" : booking.status();
    return switch (status) {
      case "CONFIRMED" -> attendance(booking.attendance()).isEmpty() ? "Confirmed" : "Confirmed: " + attendance(booking.attendance());
      case "WAITLISTED" -> booking.waitlistPosition() == null
          ? "On the waitlist"
          : "On the waitlist, number " + booking.waitlistPosition();
      case "AWAITING_APPROVAL" -> "Waiting for your line manager's approval";
      case "REFUSED" -> "Refused by your line manager";
      case "CANCELLED" -> "PROVIDER".equals(booking.cancelledBy()) ? "Cancelled by the provider" : "Cancelled";
      default -> status;
    };
  }

  /** Attendance as the register marks it, in words; empty when not marked. */
  public static String attendance(String outcome) {
    if (outcome == null) {
      return "";
    }
    return switch (outcome) {
      case "ATTENDED" -> "attended";
      case "DID_NOT_ATTEND" -> "did not attend";
      case "COMPLETED" -> "completed";
      default -> outcome.toLowerCase(Locale.ROOT);
    };
  }

  /** What a request came to, in a sentence for the person who made it. */
  public static String outcome(BookingDto booking) {
    String course = booking.courseTitle() == null ? "the session" : booking.courseTitle();
    String when = when(booking.sessionStartsAt(), booking.sessionEndsAt());
    String status = booking.status() == null ? "" : booking.status();
    return switch (status) {
      case "CONFIRMED" -> "Your place is confirmed: " + course + ", " + when + ".";
      case "WAITLISTED" -> "The session is full for you, so you are on the waitlist"
          + (booking.waitlistPosition() == null ? "" : " at number " + booking.waitlistPosition())
          + ": " + course + ", " + when + ". If a place frees, it is yours and we will tell you.";
      case "AWAITING_APPROVAL" -> "Your request is waiting for your line manager's approval: " + course + ", " + when
          + ". No place is held until they approve it.";
      default -> "Your request for " + course + " is " + status(booking).toLowerCase(Locale.UK) + ".";
    };
  }

  /** What a line manager's decision came to, in a sentence for the manager. */
  public static String decision(BookingDto booking) {
    String who = booking.displayName() == null ? "The request" : booking.displayName() + "'s request";
    String what = who + " for " + booking.courseTitle() + ", " + when(booking.sessionStartsAt(), booking.sessionEndsAt());
    String status = booking.status() == null ? "" : booking.status();
    return switch (status) {
      case "CONFIRMED" -> what + ", is approved: the place is confirmed. They have been told.";
      case "WAITLISTED" -> what + ", is approved: the session is full for them, so they are on the waitlist"
          + (booking.waitlistPosition() == null ? "" : " at number " + booking.waitlistPosition()) + ". They have been told.";
      case "REFUSED" -> what + ", is refused. They have been told.";
      default -> what + ": " + status(booking).toLowerCase(Locale.UK) + ".";
    };
  }

  /** Whether a booking still holds or waits for a place. */
  public static boolean active(BookingDto booking) {
    return "CONFIRMED".equals(booking.status()) || "WAITLISTED".equals(booking.status())
        || "AWAITING_APPROVAL".equals(booking.status());
  }

  /** Whether the session's booking cut-off (or its start) has passed, or it was cancelled. */
  public static boolean closed(SessionDto session, OffsetDateTime now) {
    if ("CANCELLED".equals(session.status())) {
      return true;
    }
    OffsetDateTime cutoff = instant(session.bookingCutoffAt());
    OffsetDateTime start = instant(session.startsAt());
    return (cutoff != null && !now.isBefore(cutoff)) || (start != null && !now.isBefore(start));
  }

  /**
   * The free places a person working for these organisations may take now: any free place for the
   * running organisation's staff; for a partner's staff, the open places left until the release
   * date, then any. This only says what to expect; the service decides when the person books.
   */
  public static int placesFor(SessionDto session, Collection<String> organisations) {
    int free = Math.max(0, session.freePlaces());
    if (organisations.contains(session.providerCode()) || session.placesReleased()) {
      return free;
    }
    return Math.max(0, Math.min(free, session.partnerPlaces() - session.partnerConfirmed()));
  }

  /** "3 of 20 places left" and what that means for this person. */
  public static String places(SessionDto session, Collection<String> organisations) {
    if ("CANCELLED".equals(session.status())) {
      return "Cancelled";
    }
    int free = Math.max(0, session.freePlaces());
    String left = free + " of " + session.capacity() + (session.capacity() == 1 ? " place" : " places") + " left";
    int mine = placesFor(session, organisations);
    if (mine > 0) {
      return left + ": you can take one.";
    }
    String waiting = session.waitlisted() > 0 ? " (" + session.waitlisted() + " waiting)" : "";
    if (free > 0) {
      return left + ", held for the running organisation's staff until " + moment(session.releaseAt())
          + ": you would join the waitlist" + waiting + ".";
    }
    return left + ": you would join the waitlist" + waiting + ".";
  }
}
