package city.academy.web.catalogue;

import city.academy.catalogue.api.CatalogueClient;
import city.academy.catalogue.api.CourseDto;
import city.academy.web.platform.Paging;
import city.academy.web.platform.ServiceCalls;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import jakarta.inject.Named;
import java.util.List;

/** The catalogue page: one page of courses, the page number in the address ({@code ?page=}). */
@Named
@RequestScoped
public class CatalogueBacking {
  static final int PAGE_SIZE = 20;

  @Inject @RestClient CatalogueClient catalogue;

  private String page;
  private List<CourseDto> courses = List.of();
  private Paging paging = Paging.none();
  private boolean loaded;

  public void load() {
    int wanted = Paging.pageNumber(page);
    ServiceCalls.call("The catalogue", () -> catalogue.courses(wanted, PAGE_SIZE))
        .ifPresent(
            found -> {
              courses = found.items() == null ? List.of() : found.items();
              paging = new Paging(found.page(), found.size(), found.total());
              loaded = true;
            });
  }

  /** The page asked for in the address, as typed: anything that is not a page number means 0. */
  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public List<CourseDto> getCourses() {
    return courses;
  }

  public Paging getPaging() {
    return paging;
  }

  public boolean isLoaded() {
    return loaded;
  }
}
