package city.academy.web.apprenticeship;

import city.academy.catalogue.api.CityApprenticeshipReportDto;
import city.academy.catalogue.api.CohortReportDto;
import city.academy.catalogue.api.CountDto;
import city.academy.catalogue.api.EqualityTableDto;
import city.academy.catalogue.api.OtjLineDto;
import city.academy.catalogue.api.OverdueReviewDto;
import city.academy.catalogue.api.SummaryRowDto;
import java.util.List;
import java.util.Locale;

/**
 * How the cohort and city reports read: each summary row with its rates in words (and where they
 * stand against the national thresholds), the funnel and the withdrawals as bars, and the lists as
 * the catalogue sends them. Nothing is counted here.
 */
public final class ApprenticeshipReportView {

  private ApprenticeshipReportView() {}

  /** One summary row (a cohort, an employer, a programme, the city) as it reads. */
  public record Figures(SummaryRowDto row, String headline, String achievementRate, String achievementStanding,
      String withdrawalRate, String withdrawalStanding, String planned, String expected, String confirmed) {}

  /** A cohort's dashboard. */
  public record Cohort(Figures summary, List<Figures> employers, List<ApprenticeshipView.Bar> funnel,
      List<ApprenticeshipView.Bar> withdrawals, List<CountDto> grades, List<OtjLineDto> behind, List<OverdueReviewDto> overdue,
      List<EqualityTableDto> equality) {}

  /** The city's report. */
  public record City(Figures city, List<Figures> programmes, List<Figures> cohorts, List<ApprenticeshipView.Bar> funnel,
      List<ApprenticeshipView.Bar> withdrawals, List<EqualityTableDto> equality) {}

  public static Cohort cohort(CohortReportDto r) {
    return new Cohort(figures(r.summary()), figures(r.byEmployer()), ApprenticeshipView.bars(r.funnel(), "apprentices"),
        ApprenticeshipView.bars(r.withdrawalReasons(), "withdrawals"), list(r.grades()), list(r.behind()), list(r.overdueReviews()),
        list(r.equality()));
  }

  public static City city(CityApprenticeshipReportDto r) {
    return new City(figures(r.city()), figures(r.programmes()), figures(r.cohorts()), ApprenticeshipView.bars(r.funnel(), "apprentices"),
        ApprenticeshipView.bars(r.withdrawalReasons(), "withdrawals"), list(r.equality()));
  }

  static List<Figures> figures(List<SummaryRowDto> rows) {
    return rows == null ? List.of() : rows.stream().map(ApprenticeshipReportView::figures).toList();
  }

  static Figures figures(SummaryRowDto row) {
    if (row == null) {
      return null;
    }
    return new Figures(row, headline(row), ApprenticeshipView.rate(row.achievementRate()),
        ApprenticeshipView.achievementStanding(row.achievementRate()), ApprenticeshipView.rate(row.withdrawalRate()),
        ApprenticeshipView.withdrawalStanding(row.withdrawalRate()), ApprenticeshipView.wholeHours(row.plannedOtjHours()),
        ApprenticeshipView.hours(row.expectedOtjHours()), ApprenticeshipView.hours(row.confirmedOtjHours()));
  }

  /** "24 apprentices: 20 in learning, 1 on a break, 2 withdrawn, 1 achieved, 0 failed." */
  static String headline(SummaryRowDto row) {
    return String.format(Locale.UK, "%s: %,d in learning, %,d on a break, %,d withdrawn, %,d achieved, %,d failed.",
        ApprenticeshipView.count(row.apprentices(), "apprentices"), row.inLearning(), row.onBreak(), row.withdrawn(), row.achieved(),
        row.failed());
  }

  private static <T> List<T> list(List<T> items) {
    return items == null ? List.of() : items;
  }
}
