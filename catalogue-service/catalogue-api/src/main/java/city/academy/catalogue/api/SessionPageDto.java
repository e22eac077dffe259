package city.academy.catalogue.api;

import java.util.List;

/** One page of sessions, soonest first. */
public record SessionPageDto(List<SessionDto> items, int page, int size, long total) {}
