package city.academy.catalogue.report.domain;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sessions of a period tallied by provider and month, and for the city. Every month of the period
 * is there, with zeros where nothing ran.
 */
public final class FillReport {
  private final ReportPeriod period;
  private final Map<String, Map<YearMonth, MonthTally>> byProvider = new TreeMap<>();
  private final Map<YearMonth, MonthTally> city;

  public FillReport(ReportPeriod period, List<SessionFigures> sessions) {
    this.period = period;
    this.city = emptyMonths();
    for (SessionFigures s : sessions) {
      YearMonth month = ReportPeriod.monthOf(s.startsAt());
      if (month.isBefore(period.from()) || month.isAfter(period.to())) {
        continue;
      }
      byProvider.computeIfAbsent(s.providerCode(), p -> emptyMonths()).get(month).add(s);
      city.get(month).add(s);
    }
  }

  private Map<YearMonth, MonthTally> emptyMonths() {
    Map<YearMonth, MonthTally> months = new LinkedHashMap<>();
    period.months().forEach(m -> months.put(m, new MonthTally()));
    return months;
  }

  public ReportPeriod period() {
    return period;
  }

  /** The provider's months (zeros if it ran nothing in the period). */
  public Map<YearMonth, MonthTally> provider(String code) {
    return byProvider.getOrDefault(code, emptyMonths());
  }

  /** Providers that ran sessions in the period, by code. */
  public Map<String, Map<YearMonth, MonthTally>> providers() {
    return byProvider;
  }

  public Map<YearMonth, MonthTally> city() {
    return city;
  }

  public static MonthTally total(Map<YearMonth, MonthTally> months) {
    MonthTally total = new MonthTally();
    months.values().forEach(total::add);
    return total;
  }
}
