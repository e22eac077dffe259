package city.academy.catalogue.api;

import java.util.List;

/**
 * The whole city's fill and sharing report: every provider's months and the city-wide total per month.
 *
 * @param months city-wide figures for every month from {@code from} to {@code to}
 * @param total the city's months added up
 * @param providers each provider that ran sessions in the period, by code
 */
public record CityReportDto(String from, String to, List<MonthFiguresDto> months, MonthFiguresDto total, List<ProviderReportDto> providers) {}
