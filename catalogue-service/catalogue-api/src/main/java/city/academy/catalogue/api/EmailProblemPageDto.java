package city.academy.catalogue.api;

import java.util.List;

/** One page of an organisation's people whose emails are refused, latest first; {@code total} counts people. */
public record EmailProblemPageDto(String organisation, List<EmailProblemDto> items, int page, int size, long total) {}
