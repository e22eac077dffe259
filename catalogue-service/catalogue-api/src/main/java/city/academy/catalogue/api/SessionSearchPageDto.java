package city.academy.catalogue.api;

import java.util.List;

/**
 * One page of search results, soonest session first.
 *
 * @param total every match when {@code totalExact}; otherwise the count stopped there and there
 *     are more (a search counts no further than 1,000 matches beyond the page asked for)
 * @param totalExact whether {@code total} is the exact number of matches
 */
public record SessionSearchPageDto(List<SessionSearchHitDto> items, int page, int size, long total, boolean totalExact) {}
