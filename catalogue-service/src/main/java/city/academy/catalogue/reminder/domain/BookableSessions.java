package city.academy.catalogue.reminder.domain;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/** Upcoming sessions that meet a requirement and that a person could book now. */
public interface BookableSessions {

  /** A session, as a reminder lists it. */
  record Offer(long courseId, String courseTitle, OffsetDateTime startsAt, String where) {}

  /** Soonest first, at most {@code limit}. */
  List<Offer> forRequirement(String subject, Collection<String> acceptedLevels, Collection<String> organisations, OffsetDateTime now,
      int limit);
}
