package city.academy.catalogue.api;

import java.util.List;

/** A page of cohorts. */
public record CohortPageDto(List<CohortDto> items, int page, int size, long total) {}
