package city.academy.catalogue.api;

import java.util.List;

/** One page of courses. */
public record CoursePageDto(List<CourseDto> items, int page, int size, long total) {}
