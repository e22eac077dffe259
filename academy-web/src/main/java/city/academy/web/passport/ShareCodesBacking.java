package city.academy.web.passport;

import city.academy.passport.api.OrganisationDto;
import city.academy.passport.api.PassportClient;
import city.academy.passport.api.ShareCodeDto;
import city.academy.passport.api.ShareCodeRequest;
import city.academy.web.organisation.OrganisationNames;
import city.academy.web.platform.DisplayDates;
import city.academy.web.platform.ServiceCalls;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * My share codes: issue one for an organisation I am moving to (the code is shown once), see what
 * I have issued and withdraw one. Plain POSTs; the service's refusal is shown as it words it.
 */
@Named
@RequestScoped
public class ShareCodesBacking {
  private static final String SERVICE = "The passport service";
  /** The lengths offered, in days; the service accepts 1 to 90. */
  static final List<Integer> LENGTHS = List.of(7, 14, 28, 60, 90);

  @Inject @RestClient PassportClient passport;
  @Inject OrganisationNames organisationNames;

  /** One code as listed. */
  public record Row(long id, String hint, String issued, String validUntil, String organisation, String status, boolean active) {}

  private int validDays = 28;
  private String organisationCode;
  private ShareCodeDto issued;
  private List<Row> codes = List.of();
  private List<OrganisationDto> organisations = List.of();
  private boolean loaded;

  /** Before anything else, so a submitted form finds the same choices and buttons it was drawn with. */
  @PostConstruct
  void load() {
    organisations = ServiceCalls.call(SERVICE, passport::organisations).orElse(List.of());
    refresh();
  }

  private void refresh() {
    ServiceCalls.call(SERVICE, passport::myShareCodes).ifPresent(found -> {
      codes = found.stream().map(this::row).toList();
      loaded = true;
    });
  }

  Row row(ShareCodeDto code) {
    return new Row(code.id(), code.hint(), DisplayDates.format(code.issuedAt()), DisplayDates.format(code.validUntil()),
        code.organisationCode() == null ? "Any partner organisation" : organisationNames.name(code.organisationCode()),
        words(code.status()), "ACTIVE".equals(code.status()));
  }

  static String words(String status) {
    return switch (status) {
      case "ACTIVE" -> "Can be used";
      case "EXPIRED" -> "Expired";
      case "REVOKED" -> "Withdrawn";
      default -> status;
    };
  }

  public String issue() {
    String organisation = organisationCode == null || organisationCode.isBlank() ? null : organisationCode;
    ServiceCalls.call(SERVICE, () -> passport.issueShareCode(new ShareCodeRequest(validDays, organisation)))
        .ifPresent(code -> issued = code);
    refresh();
    return null;
  }

  public String revoke(long id) {
    ServiceCalls.call(SERVICE, () -> passport.revokeShareCode(id));
    refresh();
    return null;
  }

  public int getValidDays() {
    return validDays;
  }

  public void setValidDays(int validDays) {
    this.validDays = validDays;
  }

  public List<Integer> getLengths() {
    return LENGTHS;
  }

  public String getOrganisationCode() {
    return organisationCode;
  }

  public void setOrganisationCode(String organisationCode) {
    this.organisationCode = organisationCode;
  }

  public List<OrganisationDto> getOrganisations() {
    return organisations;
  }

  /** The code just issued, shown once; null otherwise. */
  public ShareCodeDto getIssued() {
    return issued;
  }

  public String getIssuedValidUntil() {
    return issued == null ? "" : DisplayDates.format(issued.validUntil());
  }

  public String getIssuedFor() {
    return issued == null || issued.organisationCode() == null
        ? "HR at any partner organisation"
        : "HR at " + organisationNames.name(issued.organisationCode()) + " only";
  }

  public List<Row> getCodes() {
    return codes;
  }

  public boolean isLoaded() {
    return loaded;
  }
}
