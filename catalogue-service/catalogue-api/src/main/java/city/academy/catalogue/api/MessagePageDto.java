package city.academy.catalogue.api;

import java.util.List;

/** One page of messages, newest first, and how many are unread in all. */
public record MessagePageDto(List<MessageDto> items, int page, int size, long total, long unread) {}
