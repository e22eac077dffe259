package city.academy.catalogue.api;

import java.time.LocalDate;
import java.util.List;

/**
 * How a cohort is doing, as of a date.
 *
 * @param employerScope the employers whose apprentices are counted (all the cohort's for academy admins; an HR admin's own)
 * @param funnel apprentices by current status, in journey order
 * @param behind apprentices whose confirmed hours are under 90% of expected
 * @param equality one table per characteristic; small numbers suppressed
 */
public record CohortReportDto(CohortDto cohort, LocalDate asOf, List<String> employerScope, SummaryRowDto summary,
    List<SummaryRowDto> byEmployer, List<CountDto> funnel, List<OtjLineDto> behind, List<OverdueReviewDto> overdueReviews,
    List<CountDto> withdrawalReasons, List<CountDto> grades, List<EqualityTableDto> equality) {}
