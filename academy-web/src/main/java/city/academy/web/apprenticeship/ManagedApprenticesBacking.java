package city.academy.web.apprenticeship;

import city.academy.catalogue.api.ApprenticeDto;
import city.academy.catalogue.api.ApprenticeshipClient;
import city.academy.web.platform.ServiceCalls;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A line manager's apprentices ({@code /apprenticeships/team.xhtml}): each with their status, pace
 * and the hours waiting for confirmation; each opens their record, where entries are confirmed or
 * rejected.
 */
@Named
@RequestScoped
public class ManagedApprenticesBacking {
  static final String SERVICE = ApprenticeshipLists.SERVICE;

  @Inject @RestClient ApprenticeshipClient apprenticeships;

  private List<ApprenticeDto> apprentices = List.of();
  private boolean loaded;

  @PostConstruct
  void load() {
    ServiceCalls.call(SERVICE, apprenticeships::managed).ifPresent(found -> {
      apprentices = found;
      loaded = true;
    });
  }

  public List<ApprenticeDto> getApprentices() {
    return apprentices;
  }

  public boolean isLoaded() {
    return loaded;
  }

  /** How many hours, in all, wait for a decision: the summary above the list. */
  public String getPendingSummary() {
    java.math.BigDecimal pending = apprentices.stream()
        .map(a -> a.otj() == null || a.otj().pendingHours() == null ? java.math.BigDecimal.ZERO : a.otj().pendingHours())
        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    return pending.signum() == 0 ? "No hours are waiting for your confirmation."
        : ApprenticeshipView.hours(pending) + " hours are waiting for your confirmation.";
  }
}
