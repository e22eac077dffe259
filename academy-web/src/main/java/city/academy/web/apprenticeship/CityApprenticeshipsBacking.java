package city.academy.web.apprenticeship;

import city.academy.catalogue.api.ApprenticeshipClient;
import city.academy.catalogue.api.CityApprenticeshipReportDto;
import city.academy.web.platform.ServiceCalls;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Apprenticeships across the city ({@code /apprenticeships/city.xhtml}, academy admins): the city,
 * each programme and each cohort in a summary row, the funnel and withdrawals city-wide, and the
 * equality breakdown with small numbers suppressed by the catalogue.
 */
@Named
@RequestScoped
public class CityApprenticeshipsBacking {
  static final String SERVICE = ApprenticeshipLists.SERVICE;

  @Inject @RestClient ApprenticeshipClient apprenticeships;

  private CityApprenticeshipReportDto report;
  private ApprenticeshipReportView.City view;

  @PostConstruct
  void load() {
    report = ServiceCalls.call(SERVICE, () -> apprenticeships.cityReport(null)).orElse(null);
    view = report == null ? null : ApprenticeshipReportView.city(report);
  }

  public boolean isLoaded() {
    return report != null;
  }

  public CityApprenticeshipReportDto getReport() {
    return report;
  }

  public ApprenticeshipReportView.City getView() {
    return view;
  }
}
