package city.academy.web.organisation;

import city.academy.catalogue.api.EmailProblemDto;
import city.academy.catalogue.api.SessionClient;
import city.academy.web.booking.BookingWords;
import city.academy.web.platform.Paging;
import city.academy.web.security.PortalRole;
import city.academy.web.platform.ServiceCalls;
import city.academy.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * An organisation's people whose emails do not arrive because of their address ({@code ?org=&page=}):
 * what HR corrects in their record. HR admins see their own organisation (or choose among theirs);
 * academy admins choose any. The catalogue decides who may see which list.
 */
@Named
@RequestScoped
public class EmailProblemsBacking {
  static final int PAGE_SIZE = 50;

  /** One person as listed. */
  public record Row(String name, String personId, String address, String reason, String lastRefused, long emails) {}

  @Inject @RestClient SessionClient sessions;
  @Inject CurrentUser currentUser;
  @Inject OrganisationNames names;

  private String org;
  private String page;
  private List<Map.Entry<String, String>> choices = List.of();
  private List<Row> rows = List.of();
  private Paging paging = Paging.none();
  private boolean loaded;

  public void load() {
    List<String> mine = currentUser.getUser() == null ? List.of() : currentUser.getUser().hrAdminOf();
    choices = currentUser.hasRole(PortalRole.ACADEMY_ADMIN)
        ? names.all()
        : names.all().stream().filter(e -> mine.contains(e.getKey())).toList();
    String code = org == null || org.isBlank() ? (mine.isEmpty() ? null : mine.get(0)) : org.strip();
    if (code == null) {
      return;
    }
    org = code;
    int wanted = Paging.pageNumber(page);
    ServiceCalls.call("The catalogue", () -> sessions.undeliverable(code, wanted, PAGE_SIZE)).ifPresent(found -> {
      rows = found.items().stream().map(EmailProblemsBacking::row).toList();
      paging = new Paging(found.page(), found.size(), found.total());
      loaded = true;
    });
  }

  static Row row(EmailProblemDto p) {
    return new Row(p.personName(), p.personId(), p.address() == null ? "None recorded" : p.address(), p.reason(),
        BookingWords.moment(p.lastRefusedAt()), p.emails());
  }

  public String getOrganisationName() {
    return org == null ? "" : names.name(org);
  }

  public String getOrg() {
    return org;
  }

  public void setOrg(String org) {
    this.org = org;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public List<Map.Entry<String, String>> getChoices() {
    return choices;
  }

  public List<Row> getRows() {
    return rows;
  }

  public Paging getPaging() {
    return paging;
  }

  public boolean isLoaded() {
    return loaded;
  }
}
