package city.academy.web.apprenticeship;

import city.academy.catalogue.api.ApprenticeDto;
import city.academy.catalogue.api.ApprenticeshipClient;
import city.academy.catalogue.api.CohortDto;
import city.academy.catalogue.api.CohortReportDto;
import city.academy.catalogue.api.EnrolmentRequest;
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
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * One cohort ({@code /apprenticeships/cohort.xhtml?id=&page=}): its details, the apprentices the
 * caller may see, the dashboard computed by the catalogue over those same apprentices (an HR admin's
 * only cover their own organisations'), its CSV and spreadsheet, and the enrolment form for academy
 * admins. The page assumes nothing about whose apprentices it is given.
 */
@Named
@RequestScoped
public class CohortBacking {
  static final String SERVICE = ApprenticeshipLists.SERVICE;
  static final int PAGE_SIZE = 50;

  @Inject @RestClient ApprenticeshipClient apprenticeships;
  @Inject CurrentUser currentUser;
  @Inject OrganisationNames organisationNames;

  /** A choice in a select. */
  public record Choice(String value, String label) {}

  private Long id;
  private String page;
  private CohortDto cohort;
  private List<ApprenticeDto> apprentices = List.of();
  private Paging paging = Paging.none();
  private boolean apprenticesLoaded;
  private CohortReportDto report;
  private ApprenticeshipReportView.Cohort view;
  private String done;
  private Long enrolled;

  // Enrolling a person
  private String personId;
  private String employerCode;
  private String lineManagerPersonId;
  private String startDate;
  private String plannedEndDate;
  private String plannedOtjHours;

  /** Reads the cohort from the address on a GET and from the form's hidden field on a POST. */
  @PostConstruct
  void load() {
    id = RequestParams.id("id");
    page = RequestParams.get("page");
    if (id == null) {
      ServiceCalls.error("Say which cohort to show: open it from the list of cohorts.");
      return;
    }
    refresh();
  }

  private void refresh() {
    long cohortId = id;
    cohort = ServiceCalls.call(SERVICE, () -> apprenticeships.cohort(cohortId)).orElse(null);
    if (cohort == null) {
      return;
    }
    int wanted = Paging.pageNumber(page);
    ServiceCalls.call(SERVICE, () -> apprenticeships.cohortApprentices(cohortId, wanted, PAGE_SIZE)).ifPresent(found -> {
      apprentices = found.items() == null ? List.of() : found.items();
      paging = new Paging(found.page(), found.size(), found.total());
      apprenticesLoaded = true;
    });
    report = ServiceCalls.call(SERVICE, () -> apprenticeships.cohortReport(cohortId, null)).orElse(null);
    view = report == null ? null : ApprenticeshipReportView.cohort(report);
  }

  public String enrol() {
    if (cohort == null) {
      return null;
    }
    EnrolmentRequest request;
    try {
      request = new EnrolmentRequest(upper(personId), ApprenticeshipView.text(employerCode), upper(lineManagerPersonId),
          ApprenticeshipView.isoDate(startDate, "the start date"), ApprenticeshipView.isoDate(plannedEndDate, "the planned end date"),
          ApprenticeshipView.whole(plannedOtjHours, "the planned off-the-job hours"));
    } catch (IllegalArgumentException e) {
      ServiceCalls.error(e.getMessage());
      return null;
    }
    long cohortId = id;
    ServiceCalls.call(SERVICE, () -> apprenticeships.enrol(cohortId, request)).ifPresent(a -> {
      done = (a.personName() == null ? a.personId() : a.personName()) + " is enrolled on " + cohort.name() + " from "
          + city.academy.web.platform.DisplayDates.format(a.startDate()) + ".";
      enrolled = a.id();
      personId = null;
      employerCode = null;
      lineManagerPersonId = null;
      startDate = null;
      plannedEndDate = null;
      plannedOtjHours = null;
    });
    refresh();
    return null;
  }

  private static String upper(String text) {
    String value = ApprenticeshipView.text(text);
    return value == null ? null : value.toUpperCase(java.util.Locale.ROOT);
  }

  public boolean isAdmin() {
    return currentUser.hasRole(PortalRole.ACADEMY_ADMIN);
  }

  /** The cohort's employers, for the enrolment form. */
  public List<Choice> getEmployerChoices() {
    if (cohort == null || cohort.employerCodes() == null) {
      return List.of();
    }
    return cohort.employerCodes().stream().map(code -> new Choice(code, organisationNames.name(code))).toList();
  }

  /** Whose apprentices the figures cover, in words (every employer's, or an HR admin's own). */
  public String getScope() {
    if (report == null || report.employerScope() == null || cohort == null) {
      return "";
    }
    List<String> scope = report.employerScope();
    List<String> all = cohort.employerCodes() == null ? List.of() : cohort.employerCodes();
    if (scope.containsAll(all)) {
      return "These figures cover every apprentice of the cohort, from all " + all.size()
          + (all.size() == 1 ? " employer." : " employers.");
    }
    return "These figures cover only the apprentices of " + String.join(", ", scope.stream().map(organisationNames::name).toList())
        + ": other employers' apprentices are not shown to you.";
  }

  public String getHeading() {
    return cohort == null ? "Cohort" : cohort.name();
  }

  public Long getId() {
    return id;
  }

  /** The cohort as a view parameter, so the pager's links keep it (the bean reads it from the request). */
  public String getIdParam() {
    return id == null ? null : id.toString();
  }

  public void setIdParam(String ignored) {
    // read in load()
  }

  public CohortDto getCohort() {
    return cohort;
  }

  public boolean isLoaded() {
    return cohort != null;
  }

  public List<ApprenticeDto> getApprentices() {
    return apprentices;
  }

  public boolean isApprenticesLoaded() {
    return apprenticesLoaded;
  }

  public Paging getPaging() {
    return paging;
  }

  public CohortReportDto getReport() {
    return report;
  }

  public ApprenticeshipReportView.Cohort getView() {
    return view;
  }

  public boolean isReportLoaded() {
    return report != null;
  }

  public String getDone() {
    return done;
  }

  public Long getEnrolled() {
    return enrolled;
  }

  public String getToday() {
    return ApprenticeshipView.today();
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public String getPersonId() {
    return personId;
  }

  public void setPersonId(String personId) {
    this.personId = personId;
  }

  public String getEmployerCode() {
    return employerCode;
  }

  public void setEmployerCode(String employerCode) {
    this.employerCode = employerCode;
  }

  public String getLineManagerPersonId() {
    return lineManagerPersonId;
  }

  public void setLineManagerPersonId(String lineManagerPersonId) {
    this.lineManagerPersonId = lineManagerPersonId;
  }

  public String getStartDate() {
    return startDate;
  }

  public void setStartDate(String startDate) {
    this.startDate = startDate;
  }

  public String getPlannedEndDate() {
    return plannedEndDate;
  }

  public void setPlannedEndDate(String plannedEndDate) {
    this.plannedEndDate = plannedEndDate;
  }

  public String getPlannedOtjHours() {
    return plannedOtjHours;
  }

  public void setPlannedOtjHours(String plannedOtjHours) {
    this.plannedOtjHours = plannedOtjHours;
  }
}
