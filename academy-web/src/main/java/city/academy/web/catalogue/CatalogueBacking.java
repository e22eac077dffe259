package city.academy.web.catalogue;

import city.academy.catalogue.api.CatalogueClient;
import city.academy.catalogue.api.CatalogueSearchClient;
import city.academy.catalogue.api.CourseDto;
import city.academy.catalogue.api.SessionSearchHitDto;
import city.academy.web.platform.Paging;
import city.academy.web.platform.ServiceCalls;
import city.academy.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Find training: a search of upcoming sessions from every partner ({@code ?search=1&q=&subject=
 * &provider=&from=&to=&mode=&available=on&page=}, so a search can be shared as an address), soonest
 * first; without a search, one page of courses by title ({@code ?page=}). Bad input is the
 * catalogue's to judge; its answer is shown in its own words.
 */
@Named
@RequestScoped
public class CatalogueBacking {
  static final int PAGE_SIZE = 20;
  private static final String SERVICE = "The catalogue";

  @Inject @RestClient CatalogueClient catalogue;
  @Inject @RestClient CatalogueSearchClient search;
  @Inject CurrentUser currentUser;

  private String page;
  private String searchFlag;
  private String q;
  private String subject;
  private String provider;
  private String from;
  private String to;
  private String mode;
  private String available;
  private List<CourseDto> courses = List.of();
  private List<SearchRows.Row> hits = List.of();
  private Paging paging = Paging.none();
  private boolean loaded;

  public void load() {
    int wanted = Paging.pageNumber(page);
    if (isSearching()) {
      List<String> organisations = currentUser.getUser() == null ? List.of() : currentUser.getUser().organisationCodes();
      ServiceCalls.call(SERVICE, () -> search.search(SearchRows.clean(q), SearchRows.code(subject), SearchRows.code(provider),
              SearchRows.clean(from), SearchRows.clean(to), SearchRows.code(mode), isOnlyAvailable() ? Boolean.TRUE : null,
              wanted, PAGE_SIZE))
          .ifPresent(found -> {
            hits = (found.items() == null ? List.<SessionSearchHitDto>of() : found.items()).stream()
                .map(h -> SearchRows.row(h, organisations)).toList();
            paging = new Paging(found.page(), found.size(), found.total(), found.totalExact());
            loaded = true;
          });
      return;
    }
    ServiceCalls.call(SERVICE, () -> catalogue.courses(wanted, PAGE_SIZE))
        .ifPresent(
            found -> {
              courses = found.items() == null ? List.of() : found.items();
              paging = new Paging(found.page(), found.size(), found.total());
              loaded = true;
            });
  }

  /** Whether the search form was sent (or any filter is in the address). */
  public boolean isSearching() {
    return SearchRows.clean(searchFlag) != null || SearchRows.clean(q) != null || SearchRows.clean(subject) != null
        || SearchRows.clean(provider) != null || SearchRows.clean(from) != null || SearchRows.clean(to) != null
        || SearchRows.clean(mode) != null || isOnlyAvailable();
  }

  public boolean isOnlyAvailable() {
    return SearchRows.ticked(available);
  }

  /**
   * The checkbox is a JSF component inside the plain search form: any post-back of the page (say
   * Sign out) decodes it, so it must be writable as well as readable.
   */
  public void setOnlyAvailable(boolean onlyAvailable) {
    this.available = onlyAvailable ? "on" : null;
  }

  public List<String> getModes() {
    return SearchRows.MODES;
  }

  /** The page asked for in the address, as typed: anything that is not a page number means 0. */
  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public String getSearch() {
    return searchFlag;
  }

  public void setSearch(String search) {
    this.searchFlag = search;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public String getAvailable() {
    return available;
  }

  public void setAvailable(String available) {
    this.available = available;
  }

  public List<CourseDto> getCourses() {
    return courses;
  }

  public List<SearchRows.Row> getHits() {
    return hits;
  }

  public Paging getPaging() {
    return paging;
  }

  public boolean isLoaded() {
    return loaded;
  }
}
