package city.academy.catalogue.report.domain;

import city.academy.catalogue.booking.domain.LondonTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The months a report covers (London months: a session belongs to the month it starts in, in London). */
public record ReportPeriod(YearMonth from, YearMonth to) {
  public static final int MONTHS_MAX = 36;

  public ReportPeriod {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to: the last month (" + to + ") is before the first (" + from + ").");
    }
    if (from.plusMonths(MONTHS_MAX - 1).isBefore(to)) {
      throw new IllegalArgumentException("to: a report covers at most " + MONTHS_MAX + " months.");
    }
  }

  /**
   * From query parameters (yyyy-mm): without {@code from}, January of this year; without {@code
   * to}, twelve months from {@code from}.
   */
  public static ReportPeriod parse(String from, String to, LocalDate today) {
    YearMonth first = month("from", from);
    YearMonth last = month("to", to);
    if (first == null) {
      first = last == null ? YearMonth.of(today.getYear(), 1) : last.minusMonths(11);
    }
    if (last == null) {
      last = first.plusMonths(11);
    }
    return new ReportPeriod(first, last);
  }

  private static YearMonth month(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return YearMonth.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + ": \"" + text.strip() + "\" is not a month; write e.g. 2026-01.");
    }
  }

  /** The first moment of the period, in UTC. */
  public OffsetDateTime startsAt() {
    return from.atDay(1).atStartOfDay(LondonTime.LONDON).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** The first moment after the period, in UTC. */
  public OffsetDateTime endsBefore() {
    return to.plusMonths(1).atDay(1).atStartOfDay(LondonTime.LONDON).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
  }

  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** The London month a moment falls in. */
  public static YearMonth monthOf(OffsetDateTime moment) {
    return YearMonth.from(moment.atZoneSameInstant(LondonTime.LONDON));
  }
}
