package city.academy.catalogue.calendar.domain;

import java.util.Optional;

/** Where feed addresses (their hashes) are kept. */
public interface CalendarFeedRepository {
  CalendarFeed add(CalendarFeed feed);

  /** The person's live feed, its row locked for the change (rotating twice at once gives one live feed). */
  Optional<CalendarFeed> liveOf(String personId);

  /** The person's live feed, read only. */
  Optional<CalendarFeed> currentOf(String personId);

  /** Writes pending changes now. */
  void flush();

  /** The live feed whose secret this is. */
  Optional<CalendarFeed> liveBySecret(String secret);
}
