package city.academy.catalogue.api;

import java.time.OffsetDateTime;

/**
 * A person's private calendar feed (iCalendar) of their confirmed sessions.
 *
 * @param live whether the person has a live feed address
 * @param url the address to subscribe to, given only when it is issued (only a hash is kept);
 *     anyone with it can read the feed, so it is to be kept private and replaced if shared
 * @param issuedAt when the live address was issued
 */
public record CalendarFeedDto(boolean live, String url, OffsetDateTime issuedAt) {}
