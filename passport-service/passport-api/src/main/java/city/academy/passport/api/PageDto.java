package city.academy.passport.api;

import java.util.List;

/** One page of a longer list. */
public record PageDto<T>(List<T> items, int page, int size, long total) {}
