package city.academy.web.report;

import city.academy.catalogue.api.MonthFiguresDto;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * How a fill report reads: a row per month with its figures in words and the widths of its bar
 * (filled by the provider's own staff, by other partners' staff, unfilled), scaled to the month
 * that offered most places.
 */
public final class ReportView {
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

  private ReportView() {}

  /** One month, or the total when {@code month} is "Total". */
  public record Row(String month, MonthFiguresDto figures, String dnaRate, String ownWidth, String partnerWidth,
      String unfilledWidth, String description) {}

  public static List<Row> rows(List<MonthFiguresDto> months) {
    if (months == null) {
      return List.of();
    }
    long most = months.stream().mapToLong(MonthFiguresDto::placesOffered).max().orElse(0);
    return months.stream().map(m -> row(m, most)).toList();
  }

  static Row row(MonthFiguresDto m, long most) {
    long own = Math.max(0, m.placesFilled() - m.filledByOtherPartners());
    return new Row(month(m.month()), m, rate(m.didNotAttendRate()), width(own, most), width(m.filledByOtherPartners(), most),
        width(m.placesUnfilled(), most), description(m));
  }

  /** "Nov 2026" for 2026-11; "Total" for none. */
  static String month(String yearMonth) {
    if (yearMonth == null) {
      return "Total";
    }
    try {
      return MONTH.format(YearMonth.parse(yearMonth));
    } catch (DateTimeParseException e) {
      return yearMonth;
    }
  }

  /** "12.5%"; "–" while no attendance is marked. */
  static String rate(Double rate) {
    if (rate == null) {
      return "–";
    }
    double percent = Math.round(rate * 1000) / 10.0;
    return (percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent)) + "%";
  }

  /** A share of the widest bar as a CSS width. */
  static String width(long part, long most) {
    if (most <= 0 || part <= 0) {
      return "0%";
    }
    return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / most);
  }

  /** The bar in words, for screen readers. */
  static String description(MonthFiguresDto m) {
    long own = Math.max(0, m.placesFilled() - m.filledByOtherPartners());
    return m.placesOffered() + " places offered: " + own + " filled by the provider's own staff, " + m.filledByOtherPartners()
        + " by other partners' staff, " + m.placesUnfilled() + " unfilled.";
  }

  /** The month as asked in the address (yyyy-mm), or null when blank: the catalogue judges the rest. */
  static String monthParam(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
