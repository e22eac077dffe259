package city.academy.catalogue.api;

import java.util.List;

/** A page of apprentices. */
public record ApprenticePageDto(List<ApprenticeDto> items, int page, int size, long total) {}
