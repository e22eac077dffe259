package city.academy.catalogue.api;

import java.util.List;

/** One page of bookings. */
public record BookingPageDto(List<BookingDto> items, int page, int size, long total) {}
