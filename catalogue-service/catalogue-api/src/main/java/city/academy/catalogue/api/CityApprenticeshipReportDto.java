package city.academy.catalogue.api;

import java.time.LocalDate;
import java.util.List;

/** Every cohort and programme across the city, as of a date (academy admins). */
public record CityApprenticeshipReportDto(LocalDate asOf, SummaryRowDto city, List<SummaryRowDto> programmes,
    List<SummaryRowDto> cohorts, List<CountDto> funnel, List<CountDto> withdrawalReasons, List<EqualityTableDto> equality) {}
