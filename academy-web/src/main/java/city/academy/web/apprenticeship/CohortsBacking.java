package city.academy.web.apprenticeship;

import city.academy.catalogue.api.ApprenticeDto;
import city.academy.catalogue.api.ApprenticeshipClient;
import city.academy.catalogue.api.CohortDto;
import city.academy.catalogue.api.CohortRequest;
import city.academy.catalogue.api.ProgrammeDto;
import city.academy.web.organisation.OrganisationNames;
import city.academy.web.platform.Paging;
import city.academy.web.platform.RequestParams;
import city.academy.web.platform.ServiceCalls;
import city.academy.web.security.CurrentUser;
import city.academy.web.security.PortalRole;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Apprenticeship cohorts ({@code /apprenticeships/cohorts.xhtml?q=&page=}), found by name: every cohort for academy
 * admins, with the form that sets one up; for an HR admin the cohorts their organisation takes part
 * in and their own apprentices ({@code ?org=} when they look after several organisations). Which
 * cohorts and apprentices a caller sees is the catalogue's decision.
 */
@Named
@RequestScoped
public class CohortsBacking {
  static final String SERVICE = ApprenticeshipLists.SERVICE;
  static final int PAGE_SIZE = 20;
  static final int APPRENTICES_SHOWN = 200;

  @Inject @RestClient ApprenticeshipClient apprenticeships;
  @Inject CurrentUser currentUser;
  @Inject OrganisationNames organisationNames;

  /** A choice in a select. */
  public record Choice(String value, String label) {}

  private String page;
  /** Words the cohort's name contains. */
  private String q;
  private List<CohortDto> cohorts = List.of();
  private Paging paging = Paging.none();
  private boolean loaded;
  private List<ProgrammeDto> programmes = List.of();

  private String org;
  private List<ApprenticeDto> ours = List.of();
  private long oursTotal;
  private boolean oursLoaded;

  // Setting up a cohort
  private String programmeId;
  private String name;
  private String providerCode;
  private String startDate;
  private String academyContact;
  private List<String> employerCodes = new ArrayList<>();

  @PostConstruct
  void load() {
    page = RequestParams.get("page");
    q = RequestParams.get("q");
    int wanted = Paging.pageNumber(page);
    String search = q == null || q.isBlank() ? null : q.strip();
    ServiceCalls.call(SERVICE, () -> apprenticeships.cohorts(search, wanted, PAGE_SIZE)).ifPresent(found -> {
      cohorts = found.items() == null ? List.of() : found.items();
      paging = new Paging(found.page(), found.size(), found.total());
      loaded = true;
    });
    if (isAdmin()) {
      programmes = ServiceCalls.call(SERVICE, apprenticeships::programmes).orElse(List.of());
    }
    if (isEmployer()) {
      List<String> mine = hrAdminOf();
      String asked = RequestParams.get("org");
      org = asked != null && mine.contains(asked) ? asked : mine.get(0);
      String code = org;
      ServiceCalls.call(SERVICE, () -> apprenticeships.apprentices(code, 0, APPRENTICES_SHOWN)).ifPresent(found -> {
        ours = found.items() == null ? List.of() : found.items();
        oursTotal = found.total();
        oursLoaded = true;
      });
    }
  }

  public String add() {
    Long programme = RequestParams.parseId(programmeId);
    if (programme == null) {
      ServiceCalls.error("Choose the programme the cohort follows.");
      return null;
    }
    String start;
    try {
      start = ApprenticeshipView.isoDate(startDate, "the cohort's start date");
    } catch (IllegalArgumentException e) {
      ServiceCalls.error(e.getMessage());
      return null;
    }
    CohortRequest request = new CohortRequest(ApprenticeshipView.text(name), programme, ApprenticeshipView.text(providerCode), start,
        ApprenticeshipView.text(academyContact), employerCodes == null ? List.of() : List.copyOf(employerCodes));
    return ServiceCalls.call(SERVICE, () -> apprenticeships.addCohort(request))
        .map(c -> "/apprenticeships/cohort.xhtml?faces-redirect=true&id=" + c.id())
        .orElse(null);
  }

  private List<String> hrAdminOf() {
    return currentUser.getUser() == null ? List.of() : currentUser.getUser().hrAdminOf();
  }

  public boolean isAdmin() {
    return currentUser.hasRole(PortalRole.ACADEMY_ADMIN);
  }

  /** An HR admin of at least one organisation: sees their own apprentices. */
  public boolean isEmployer() {
    return currentUser.hasRole(PortalRole.HR_ADMIN) && !hrAdminOf().isEmpty();
  }

  /** HR admins of several organisations choose whose apprentices to list. */
  public boolean isChoosingOrganisation() {
    return hrAdminOf().size() > 1;
  }

  public List<Choice> getOwnOrganisations() {
    return hrAdminOf().stream().map(code -> new Choice(code, organisationNames.name(code))).toList();
  }

  /** Every partner, by name: the training provider and the employers of a new cohort. */
  public List<Choice> getOrganisations() {
    return organisationNames.all().stream().map((Map.Entry<String, String> e) -> new Choice(e.getKey(), e.getValue())).toList();
  }

  /** "Northgate General Hospital, Bramley Care Homes and 8 more" for a cohort's employers. */
  public String employers(CohortDto cohort) {
    List<String> codes = cohort.employerCodes() == null ? List.of() : cohort.employerCodes();
    List<String> names = codes.stream().limit(3).map(organisationNames::name).toList();
    String shown = String.join(", ", names);
    return codes.size() > 3 ? shown + " and " + (codes.size() - 3) + " more" : shown;
  }

  /** "Showing 200 of 240" when not every apprentice of the organisation is listed; empty otherwise. */
  public String getOursNote() {
    return oursTotal > ours.size() ? "Showing the first " + ours.size() + " of " + oursTotal + " apprentices, by name." : "";
  }

  /** The page's heading: the academy's cohorts, an employer's apprentices, a training provider's cohorts. */
  public String getHeading() {
    return isAdmin() ? "Apprenticeship cohorts" : isEmployer() ? "Apprentices" : "Apprentice cohorts";
  }

  /** What the caller sees here, in one sentence. */
  public String getLead() {
    if (isAdmin()) {
      return "Set one up, then enrol its apprentices from the cohort page.";
    }
    if (isEmployer()) {
      return "You see the cohorts your organisation takes part in, and in them only your own apprentices.";
    }
    return "You see the cohorts whose training your organisation delivers: confirm hours and record reviews from an apprentice's record.";
  }

  public String getOrgName() {
    return organisationNames.name(org);
  }

  public List<CohortDto> getCohorts() {
    return cohorts;
  }

  public Paging getPaging() {
    return paging;
  }

  public boolean isLoaded() {
    return loaded;
  }

  public List<ProgrammeDto> getProgrammes() {
    return programmes;
  }

  public List<ApprenticeDto> getOurs() {
    return ours;
  }

  public boolean isOursLoaded() {
    return oursLoaded;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public String getOrg() {
    return org;
  }

  public void setOrg(String org) {
    this.org = org;
  }

  public String getProgrammeId() {
    return programmeId;
  }

  public void setProgrammeId(String programmeId) {
    this.programmeId = programmeId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getProviderCode() {
    return providerCode;
  }

  public void setProviderCode(String providerCode) {
    this.providerCode = providerCode;
  }

  public String getStartDate() {
    return startDate;
  }

  public void setStartDate(String startDate) {
    this.startDate = startDate;
  }

  public String getAcademyContact() {
    return academyContact;
  }

  public void setAcademyContact(String academyContact) {
    this.academyContact = academyContact;
  }

  public List<String> getEmployerCodes() {
    return employerCodes;
  }

  public void setEmployerCodes(List<String> employerCodes) {
    this.employerCodes = employerCodes;
  }
}
