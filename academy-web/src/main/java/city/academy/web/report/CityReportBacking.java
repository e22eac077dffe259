package city.academy.web.report;

import city.academy.catalogue.api.CatalogueReportClient;
import city.academy.catalogue.api.CityReportDto;
import city.academy.catalogue.api.ProviderReportDto;
import city.academy.web.platform.ServiceCalls;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The city's fill and sharing report for academy admins ({@code /academy/fill.xhtml?from=&to=}):
 * city-wide months, and each provider's totals for the period.
 */
@Named
@RequestScoped
public class CityReportBacking {
  static final String SERVICE = "The catalogue";

  @Inject @RestClient CatalogueReportClient reports;

  private String from;
  private String to;
  private CityReportDto report;
  private List<ReportView.Row> rows = List.of();

  /** One provider's totals for the period. */
  public record ProviderRow(String code, ReportView.Row total) {}

  public void load() {
    report = ServiceCalls.call(SERVICE, () -> reports.city(ReportView.monthParam(from), ReportView.monthParam(to))).orElse(null);
    if (report != null) {
      rows = ReportView.rows(report.months());
      from = report.from();
      to = report.to();
    }
  }

  public boolean isLoaded() {
    return report != null;
  }

  public CityReportDto getReport() {
    return report;
  }

  public List<ReportView.Row> getRows() {
    return rows;
  }

  public ReportView.Row getTotal() {
    return report == null || report.total() == null ? null : ReportView.row(report.total(), 0);
  }

  public List<ProviderRow> getProviders() {
    if (report == null || report.providers() == null) {
      return List.of();
    }
    return report.providers().stream().filter(p -> p.total() != null)
        .map((ProviderReportDto p) -> new ProviderRow(p.providerCode(), ReportView.row(p.total(), 0))).toList();
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
