package city.academy.web.organisation;

import city.academy.catalogue.api.EmailProblemDto;
import city.academy.catalogue.api.SessionClient;
import city.academy.passport.api.EmailChangeRequest;
import city.academy.passport.api.PassportClient;
import city.academy.web.booking.BookingWords;
import city.academy.web.platform.Paging;
import city.academy.web.platform.RequestParams;
import city.academy.web.security.PortalRole;
import city.academy.web.platform.ServiceCalls;
import city.academy.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
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
  @Inject @RestClient PassportClient passport;
  @Inject CurrentUser currentUser;
  @Inject OrganisationNames names;

  private String org;
  private String page;
  private List<Map.Entry<String, String>> choices = List.of();
  private List<Row> rows = List.of();
  private Paging paging = Paging.none();
  private boolean loaded;
  private String done;

  /**
   * On a postback (a row's Save) the list is read again before the button is looked for: the view
   * action that reads it on a GET does not run then, and a row's button exists only with its row.
   */
  @PostConstruct
  void readForPostback() {
    if (FacesContext.getCurrentInstance() != null && FacesContext.getCurrentInstance().isPostback()) {
      org = RequestParams.get("org");
      load();
    }
  }

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

  /**
   * Saves the new address typed on a row (hidden {@code person}, {@code email}); the passport checks
   * it and who may change it. Emails from then on go to it, and the person leaves the list once one has.
   */
  public String changeEmail() {
    String person = RequestParams.get("person");
    String email = RequestParams.get("email");
    org = RequestParams.get("org");
    if (person == null || person.isBlank()) {
      ServiceCalls.error("Choose the person whose address to change.");
    } else {
      ServiceCalls.call("The passport service", () -> passport.changeEmail(person, new EmailChangeRequest(email)))
          .ifPresent(c -> done = "Saved: emails to " + c.name() + " go to " + c.email() + " from now on.");
    }
    rows = List.of();
    load();
    return null;
  }

  public String getDone() {
    return done;
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
