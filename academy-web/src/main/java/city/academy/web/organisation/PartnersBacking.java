package city.academy.web.organisation;

import city.academy.passport.api.OrganisationDto;
import city.academy.passport.api.PassportClient;
import city.academy.web.platform.ServiceCalls;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;

/** The academy's partner organisations, for academy admins. */
@Named
@RequestScoped
public class PartnersBacking {

  @Inject @RestClient PassportClient passport;

  private List<OrganisationDto> organisations = List.of();
  private boolean loaded;

  public void load() {
    ServiceCalls.call("The passport service", passport::organisations)
        .ifPresent(
            found -> {
              organisations =
                  found.stream()
                      .sorted(Comparator.comparing(OrganisationDto::name, String.CASE_INSENSITIVE_ORDER))
                      .toList();
              loaded = true;
            });
  }

  public List<OrganisationDto> getOrganisations() {
    return organisations;
  }

  public boolean isLoaded() {
    return loaded;
  }
}
