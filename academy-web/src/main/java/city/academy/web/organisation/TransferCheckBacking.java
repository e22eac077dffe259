package city.academy.web.organisation;

import city.academy.passport.api.CredentialClient;
import city.academy.passport.api.CredentialDto;
import city.academy.passport.api.CredentialExportRequest;
import city.academy.passport.api.LocalRuleDto;
import city.academy.passport.api.PassportClient;
import city.academy.passport.api.TrainingFrameworkDto;
import city.academy.passport.api.TransferCheckDto;
import city.academy.passport.api.TransferCheckRequest;
import city.academy.web.platform.DisplayDates;
import city.academy.web.platform.ServiceCalls;
import city.academy.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The transfer check: HR of the receiving organisation (their own, the first they are HR admin of)
 * asks which of a person's training already counts for a new post. A plain POST; the service's
 * refusal (a code that has expired, a start date in the past) is shown as it words it and the form
 * keeps what was typed.
 */
@Named
@RequestScoped
public class TransferCheckBacking {
  private static final String SERVICE = "The passport service";

  @Inject @RestClient PassportClient passport;
  @Inject @RestClient CredentialClient credentials;
  @Inject CurrentUser currentUser;
  @Inject OrganisationNames organisationNames;

  /** A staff group of the framework, for the select. */
  public record Choice(String code, String name) {}

  private String shareCode;
  private String personId;
  private String staffGroup;
  private String jobRole;
  private boolean clinical;
  private boolean patientFacing;
  private String startDate;
  private List<Choice> staffGroups;
  private TransferCheckDto result;
  private List<TransferCheckView.Row> rows = List.of();
  private CredentialDto signedCopy;

  /** Reads the framework's staff groups for the select (on every request, GET or POST). */
  public void load() {
    staffGroups =
        ServiceCalls.call(SERVICE, passport::framework)
            .map(TrainingFrameworkDto::staffGroups)
            .map(groups -> groups.stream().map(g -> new Choice(g.code(), g.name())).toList())
            .orElse(List.of());
  }

  public String check() {
    String organisation = getOrganisationCode();
    if (organisation == null) {
      ServiceCalls.error("You are not the HR admin of an organisation, so there is nobody to check for.");
      return null;
    }
    LocalDate start;
    try {
      start = startDate == null || startDate.isBlank() ? null : LocalDate.parse(startDate.strip());
    } catch (DateTimeParseException e) {
      ServiceCalls.error("“" + startDate + "” is not a date we can read. Pick the start date in the date field.");
      return null;
    }
    TransferCheckRequest request =
        new TransferCheckRequest(
            blankToNull(shareCode),
            blankToNull(personId == null ? null : personId.strip().toUpperCase(java.util.Locale.ROOT)),
            organisation,
            blankToNull(staffGroup),
            blankToNull(jobRole),
            clinical,
            patientFacing,
            start);
    ServiceCalls.call(SERVICE, () -> passport.transferCheck(request))
        .ifPresent(
            found -> {
              result = found;
              rows = TransferCheckView.rows(found, organisationNames::name);
            });
    return null; // stay on the page: the answer is shown below the form
  }

  /**
   * Checks, and keeps a signed copy of the person's passport (a verifiable credential) for the
   * organisation's records: only with the person's share code.
   */
  public String checkAndSign() {
    if (blankToNull(shareCode) == null) {
      ServiceCalls.error("A signed copy needs the person's share code: ask them for one, then check again.");
      return null;
    }
    check();
    if (result != null) {
      ServiceCalls.call(SERVICE, () -> credentials.export(new CredentialExportRequest(shareCode.strip(), getOrganisationCode())))
          .ifPresent(copy -> signedCopy = copy);
    }
    return null;
  }

  public CredentialDto getSignedCopy() {
    return signedCopy;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The receiving organisation: the first the person is HR admin of. */
  public String getOrganisationCode() {
    List<String> mine = currentUser.getUser() == null ? List.of() : currentUser.getUser().hrAdminOf();
    return mine == null || mine.isEmpty() ? null : mine.get(0);
  }

  public String getOrganisationName() {
    String code = getOrganisationCode();
    return code == null ? "" : organisationNames.name(code);
  }

  public boolean isChecked() {
    return result != null;
  }

  public TransferCheckDto getResult() {
    return result;
  }

  public String getSummary() {
    return result == null ? "" : TransferCheckView.summary(result);
  }

  public String getStartDateText() {
    return result == null ? "" : DisplayDates.format(result.startDate());
  }

  public List<TransferCheckView.Row> getRows() {
    return rows;
  }

  public List<LocalRuleDto> getLocalRequirements() {
    return result == null || result.localRequirements() == null ? List.of() : result.localRequirements();
  }

  public String getToday() {
    return LocalDate.now(DisplayDates.ZONE).toString();
  }

  /** Read when first needed: on a POST the select's validation asks before any action runs. */
  public List<Choice> getStaffGroups() {
    if (staffGroups == null) {
      load();
    }
    return staffGroups;
  }

  public String getShareCode() {
    return shareCode;
  }

  public void setShareCode(String shareCode) {
    this.shareCode = shareCode;
  }

  public String getPersonId() {
    return personId;
  }

  public void setPersonId(String personId) {
    this.personId = personId;
  }

  public String getStaffGroup() {
    return staffGroup;
  }

  public void setStaffGroup(String staffGroup) {
    this.staffGroup = staffGroup;
  }

  public String getJobRole() {
    return jobRole;
  }

  public void setJobRole(String jobRole) {
    this.jobRole = jobRole;
  }

  public boolean isClinical() {
    return clinical;
  }

  public void setClinical(boolean clinical) {
    this.clinical = clinical;
  }

  public boolean isPatientFacing() {
    return patientFacing;
  }

  public void setPatientFacing(boolean patientFacing) {
    this.patientFacing = patientFacing;
  }

  public String getStartDate() {
    return startDate;
  }

  public void setStartDate(String startDate) {
    this.startDate = startDate;
  }
}
