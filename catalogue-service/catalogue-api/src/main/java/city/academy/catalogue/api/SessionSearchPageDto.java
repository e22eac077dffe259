package city.academy.catalogue.api;

import java.util.List;

/** One page of search results, soonest session first; {@code total} counts every match. */
public record SessionSearchPageDto(List<SessionSearchHitDto> items, int page, int size, long total) {}
