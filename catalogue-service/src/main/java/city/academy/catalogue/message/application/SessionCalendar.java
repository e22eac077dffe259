package city.academy.catalogue.message.application;

import java.util.Optional;

/**
 * A session as a calendar entry, for the emails that carry one. A port: the calendar context writes
 * it (the same event as the person's calendar feed), so messages need not know how.
 */
public interface SessionCalendar {

  /**
   * The booking's session as iCalendar text (one VEVENT, METHOD:PUBLISH), as it is planned now.
   *
   * @return empty when there is nothing to add to a calendar: no such booking of that session, the
   *     booking no longer confirmed, or the session cancelled
   */
  Optional<String> ics(long sessionId, long bookingId);
}
