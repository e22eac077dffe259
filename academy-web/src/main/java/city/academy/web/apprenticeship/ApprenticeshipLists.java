package city.academy.web.apprenticeship;

import city.academy.catalogue.api.ApprenticeshipClient;
import city.academy.catalogue.api.CodeLabelDto;
import city.academy.web.platform.ServiceCalls;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The catalogue's reference lists for the apprenticeship forms (statuses, withdrawal reasons,
 * grades, activities, the equality answers), each read once per request when a page asks for it.
 */
@Named
@RequestScoped
public class ApprenticeshipLists {
  static final String SERVICE = "The catalogue";

  @Inject @RestClient ApprenticeshipClient apprenticeships;

  private final Map<String, List<CodeLabelDto>> read = new HashMap<>();

  /** A list by its name in the API ({@code withdrawal-reasons}); empty when the catalogue cannot say. */
  public List<CodeLabelDto> list(String name) {
    return read.computeIfAbsent(name, n -> ServiceCalls.call(SERVICE, () -> apprenticeships.reference(n)).orElse(List.of()));
  }

  public List<CodeLabelDto> getStatuses() {
    return list("statuses");
  }

  public List<CodeLabelDto> getWithdrawalReasons() {
    return list("withdrawal-reasons");
  }

  public List<CodeLabelDto> getGrades() {
    return list("grades");
  }

  public List<CodeLabelDto> getActivities() {
    return list("activities");
  }

  /** Each equality question's answers, "Prefer not to say" last. */
  public List<CodeLabelDto> getEthnicity() {
    return ApprenticeshipView.withPreferNotToSay(list("ethnicity"));
  }

  public List<CodeLabelDto> getSex() {
    return ApprenticeshipView.withPreferNotToSay(list("sex"));
  }

  public List<CodeLabelDto> getDisability() {
    return ApprenticeshipView.withPreferNotToSay(list("disability"));
  }

  public List<CodeLabelDto> getDeprivationDecile() {
    return ApprenticeshipView.withPreferNotToSay(list("deprivation-decile"));
  }

  /** The words of a code in a named list. */
  public String label(String name, String code) {
    return ApprenticeshipView.label(list(name), code);
  }
}
