package city.academy.catalogue.calendar.domain;

import java.time.OffsetDateTime;

/**
 * One session in a person's feed: a confirmed place, or one that was confirmed and then cancelled.
 *
 * @param uid stable per booking, so a change or cancellation replaces the same event
 * @param sequence grows with every change of the session's plan, and once more on cancellation
 * @param lastModified when the plan or the booking last changed
 */
public record FeedEvent(
    String uid,
    OffsetDateTime startsAt,
    OffsetDateTime endsAt,
    String summary,
    String location,
    String description,
    String url,
    boolean cancelled,
    int sequence,
    OffsetDateTime lastModified) {}
