package city.academy.web.organisation;

import city.academy.passport.api.ComplianceDto;
import city.academy.passport.api.PassportClient;
import city.academy.web.platform.ServiceCalls;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The academy admin's city-wide dashboard: everyone with a current post anywhere in the city, per
 * subject and per partner organisation (lowest compliance first, each a link to that
 * organisation's own dashboard). Counts only, never people.
 */
@Named
@RequestScoped
public class CityComplianceBacking {
  private static final String SERVICE = "The passport service";

  @Inject @RestClient PassportClient passport;

  /** One partner as listed. */
  public record OrganisationRow(String code, String name, long people, long compliant, int percent) {}

  private ComplianceDto compliance;
  private List<ComplianceView.SubjectRow> subjects = List.of();
  private List<OrganisationRow> organisations = List.of();

  public void load() {
    compliance = ServiceCalls.call(SERVICE, () -> passport.cityCompliance(null)).orElse(null);
    if (compliance == null) {
      return;
    }
    subjects = ComplianceView.subjectRows(compliance.bySubject());
    organisations = organisationRows(compliance.byOrganisation());
  }

  static List<OrganisationRow> organisationRows(List<ComplianceDto.OrganisationCounts> counts) {
    return counts.stream()
        .map(o -> new OrganisationRow(o.code(), o.name(), o.people(), o.compliantPeople(), ComplianceView.percent(o.compliantPeople(), o.people())))
        .sorted(Comparator.comparingInt(OrganisationRow::percent).thenComparing(OrganisationRow::name))
        .toList();
  }

  public boolean isLoaded() {
    return compliance != null;
  }

  public ComplianceDto getCompliance() {
    return compliance;
  }

  public String getHeadline() {
    return compliance == null ? "" : ComplianceView.headline(compliance);
  }

  public List<ComplianceView.SubjectRow> getSubjects() {
    return subjects;
  }

  public List<OrganisationRow> getOrganisations() {
    return organisations;
  }
}
