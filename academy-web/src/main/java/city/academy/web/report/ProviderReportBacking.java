package city.academy.web.report;

import city.academy.catalogue.api.CatalogueReportClient;
import city.academy.catalogue.api.ProviderReportDto;
import city.academy.web.platform.ServiceCalls;
import city.academy.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A provider's fill and sharing report ({@code /provider/reports.xhtml?org=&from=&to=}, months as
 * yyyy-mm, this year by default). The catalogue decides who may see which organisation; its refusal
 * is shown in its own words.
 */
@Named
@RequestScoped
public class ProviderReportBacking {
  static final String SERVICE = "The catalogue";

  @Inject @RestClient CatalogueReportClient reports;
  @Inject CurrentUser currentUser;

  private String org;
  private String from;
  private String to;
  private ProviderReportDto report;
  private List<ReportView.Row> rows = List.of();

  public void load() {
    List<String> mine = getChoices();
    String code = org == null || org.isBlank() ? (mine.isEmpty() ? null : mine.get(0)) : org.strip();
    if (code == null) {
      ServiceCalls.error("You run no courses for an organisation, so there is no report to show.");
      return;
    }
    org = code;
    report = ServiceCalls.call(SERVICE, () -> reports.provider(code, ReportView.monthParam(from), ReportView.monthParam(to)))
        .orElse(null);
    if (report != null) {
      rows = ReportView.rows(report.months());
      from = report.from();
      to = report.to();
    }
  }

  /** The organisations whose training team the person is in. */
  public List<String> getChoices() {
    return currentUser.getUser() == null ? List.of() : currentUser.getUser().providerFor();
  }

  public boolean isLoaded() {
    return report != null;
  }

  public ProviderReportDto getReport() {
    return report;
  }

  public List<ReportView.Row> getRows() {
    return rows;
  }

  public ReportView.Row getTotal() {
    return report == null || report.total() == null ? null : ReportView.row(report.total(), 0);
  }

  public String getOrg() {
    return org;
  }

  public void setOrg(String org) {
    this.org = org;
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
