package city.academy.web.organisation;

import city.academy.passport.api.ComplianceDto;
import city.academy.passport.api.ComplianceDto.GroupCounts;
import city.academy.passport.api.ExpiringDto;
import city.academy.passport.api.OrganisationDto;
import city.academy.passport.api.PassportClient;
import city.academy.web.platform.ServiceCalls;
import city.academy.web.security.CurrentUser;
import city.academy.web.security.PortalRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * An organisation's compliance ({@code ?org=&days=}): HR admins see theirs, academy admins choose
 * any. Counts per subject and per staff group, and what expires in the next 30, 60 or 90 days. The
 * passport service decides who may see which organisation; its refusal is shown as it words it.
 */
@Named
@RequestScoped
public class ComplianceBacking {
  private static final String SERVICE = "The passport service";
  static final List<Integer> WINDOWS = List.of(30, 60, 90);

  @Inject @RestClient PassportClient passport;
  @Inject CurrentUser currentUser;

  private String org;
  private String days;
  private int window = 30;
  private List<OrganisationDto> choices = List.of();
  private OrganisationDto organisation;
  private ComplianceDto compliance;
  private List<ComplianceView.SubjectRow> subjects = List.of();
  private List<ExpiringDto> expiring = List.of();
  private boolean expiringLoaded;
  private String subject;
  private String status;
  private List<ExpiringDto> people = List.of();
  private boolean peopleLoaded;

  public void load() {
    window = window(days);
    boolean admin = currentUser.hasRole(PortalRole.ACADEMY_ADMIN);
    List<String> mine = currentUser.getUser() == null ? List.of() : currentUser.getUser().hrAdminOf();
    List<OrganisationDto> all = ServiceCalls.call(SERVICE, passport::organisations).orElse(List.of());
    choices = admin ? all : all.stream().filter(o -> mine.contains(o.code())).toList();
    String code = org == null || org.isBlank() ? (mine.isEmpty() ? null : mine.get(0)) : org.strip();
    if (code == null) {
      return; // an academy admin who has not chosen yet
    }
    org = code;
    organisation =
        all.stream().filter(o -> o.code().equals(code)).findFirst().orElse(new OrganisationDto(code, code, null, null));
    compliance = ServiceCalls.call(SERVICE, () -> passport.compliance(code, null)).orElse(null);
    if (compliance == null) {
      return; // the message says why; asking again would only say it twice
    }
    subjects = ComplianceView.subjectRows(compliance.bySubject());
    if (!isOwnStaff()) {
      return; // the academy sees the figures; the people behind them are their organisation's business
    }
    if (subject != null && !subject.isBlank() && ComplianceView.STATUSES.contains(status)) {
      ServiceCalls.call(SERVICE, () -> passport.compliancePeople(code, subject.strip(), status, null))
          .ifPresent(found -> {
            people = found;
            peopleLoaded = true;
          });
    }
    ServiceCalls.call(SERVICE, () -> passport.expiring(code, window))
        .ifPresent(
            found -> {
              expiring = found;
              expiringLoaded = true;
            });
  }

  /** 30, 60 or 90 as asked in the address; anything else means 30. */
  static int window(String days) {
    try {
      int asked = days == null ? 30 : Integer.parseInt(days.strip());
      return WINDOWS.contains(asked) ? asked : 30;
    } catch (NumberFormatException e) {
      return 30;
    }
  }

  /** Whether the caller is HR of the organisation shown, and so may see the people behind the figures. */
  public boolean isOwnStaff() {
    return org != null && currentUser.getUser() != null && currentUser.getUser().hrAdminOf().contains(org);
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public List<ExpiringDto> getPeople() {
    return people;
  }

  public boolean isPeopleLoaded() {
    return peopleLoaded;
  }

  /** "Fire safety: expired" for the people list's heading. */
  public String getPeopleHeading() {
    String name = subjects.stream().filter(r -> r.counts().subject().equals(subject)).map(r -> r.counts().subjectName())
        .findFirst().orElse(subject);
    return name + ": " + ComplianceView.statusWords(status);
  }

  public String getOrg() {
    return org;
  }

  public void setOrg(String org) {
    this.org = org;
  }

  public String getDays() {
    return days;
  }

  public void setDays(String days) {
    this.days = days;
  }

  public int getWindow() {
    return window;
  }

  public List<Integer> getWindows() {
    return WINDOWS;
  }

  public List<OrganisationDto> getChoices() {
    return choices;
  }

  public OrganisationDto getOrganisation() {
    return organisation;
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

  public int getPercent() {
    return compliance == null ? 0 : ComplianceView.percent(compliance.compliantPeople(), compliance.people());
  }

  public List<ComplianceView.SubjectRow> getSubjects() {
    return subjects;
  }

  public List<GroupCounts> getGroups() {
    return compliance == null || compliance.byStaffGroup() == null ? List.of() : compliance.byStaffGroup();
  }

  /** A staff group's share of compliant people, in whole per cent. */
  public int percentOf(GroupCounts group) {
    return ComplianceView.percent(group.compliantPeople(), group.people());
  }

  public List<ComplianceView.SubjectRow> subjectsOf(GroupCounts group) {
    return ComplianceView.subjectRows(group.bySubject());
  }

  public List<ExpiringDto> getExpiring() {
    return expiring;
  }

  public boolean isExpiringLoaded() {
    return expiringLoaded;
  }
}
