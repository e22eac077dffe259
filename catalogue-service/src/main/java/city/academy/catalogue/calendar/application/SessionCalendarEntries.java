package city.academy.catalogue.calendar.application;

import city.academy.catalogue.booking.domain.BookingStatus;
import city.academy.catalogue.booking.domain.SessionStatus;
import city.academy.catalogue.calendar.domain.FeedEntries;
import city.academy.catalogue.calendar.infrastructure.IcsWriter;
import city.academy.catalogue.calendar.infrastructure.JpaFeedBookings;
import city.academy.catalogue.message.application.SessionCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * A booked session as an email's calendar entry: the same event as in the person's feed (UID per
 * booking, SEQUENCE the session's plan version), so a calendar that has it from the feed or from an
 * earlier email updates it rather than adding a second. Read in a short transaction of its own
 * (the sender calls with none open, on the managed scheduler's thread, where an entity manager
 * without a transaction is closed under the caller); it ends before the email is sent.
 */
@ApplicationScoped
@Transactional
public class SessionCalendarEntries implements SessionCalendar {
  private JpaFeedBookings bookings;

  protected SessionCalendarEntries() {}

  @Inject
  public SessionCalendarEntries(JpaFeedBookings bookings) {
    this.bookings = bookings;
  }

  @Override
  public Optional<String> ics(long sessionId, long bookingId) {
    return bookings.byId(bookingId)
        .filter(b -> b.session().id() == sessionId)
        .filter(b -> b.status() == BookingStatus.CONFIRMED && b.session().status() == SessionStatus.SCHEDULED)
        .map(b -> IcsWriter.write("Academy training", List.of(FeedEntries.of(b))));
  }
}
