package city.academy.catalogue.api;

import java.util.List;

/**
 * A provider organisation's fill and sharing report, month by month.
 *
 * @param from first month, yyyy-mm
 * @param to last month, yyyy-mm
 * @param months every month from {@code from} to {@code to}, in order (zeros where nothing ran)
 * @param total the months added up
 */
public record ProviderReportDto(String providerCode, String from, String to, List<MonthFiguresDto> months, MonthFiguresDto total) {}
