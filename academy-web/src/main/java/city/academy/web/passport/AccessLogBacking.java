package city.academy.web.passport;

import city.academy.passport.api.AccessLogEntryDto;
import city.academy.passport.api.PassportClient;
import city.academy.web.organisation.OrganisationNames;
import city.academy.web.platform.DisplayDates;
import city.academy.web.platform.ServiceCalls;
import city.academy.web.platform.Words;
import city.academy.web.security.PortalRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Who has looked at my passport: the passport service's access log of me, newest first. */
@Named
@RequestScoped
public class AccessLogBacking {

  /**
   * One look as the page shows it.
   *
   * @param when "22 Nov 2026, 14:05" in London
   * @param iso the moment for the {@code <time>} element
   * @param who the viewer's name
   * @param role in which role, in words
   * @param organisation on whose behalf, by name
   * @param purpose what for, in words
   */
  public record Look(String when, String iso, String who, String role, String organisation, String purpose) {}

  @Inject @RestClient PassportClient passport;
  @Inject OrganisationNames organisationNames;

  private List<Look> looks = List.of();
  private boolean loaded;

  public void load() {
    ServiceCalls.call("The passport service", passport::myAccessLog)
        .ifPresent(
            entries -> {
              looks = entries.stream().map(e -> lookOf(e, organisationNames::name)).toList();
              loaded = true;
            });
  }

  static Look lookOf(AccessLogEntryDto entry, java.util.function.UnaryOperator<String> organisationName) {
    return new Look(
        DisplayDates.formatDateTime(entry.at()),
        entry.at() == null ? "" : entry.at().toString(),
        entry.viewer() == null ? "" : entry.viewer(),
        role(entry.viewerRole()),
        organisationName.apply(entry.organisation()),
        words(entry.purpose()));
  }

  /** "Line manager" for {@code LINE_MANAGER}; another code in plain words. */
  static String role(String role) {
    String described = PortalRole.describe(role);
    return described.equals(role) ? words(role) : described;
  }

  /** A code ({@code TRANSFER_CHECK}) in words ("Transfer check"); words the service wrote stay as they are. */
  static String words(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    return text.matches("[A-Z0-9_]+") ? Words.humanise(text) : text;
  }

  public List<Look> getLooks() {
    return looks;
  }

  public boolean isLoaded() {
    return loaded;
  }
}
