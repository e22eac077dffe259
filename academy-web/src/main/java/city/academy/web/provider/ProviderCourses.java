package city.academy.web.provider;

import city.academy.catalogue.api.CatalogueClient;
import city.academy.catalogue.api.CourseDto;
import city.academy.catalogue.api.CoursePageDto;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The courses a provider's organisations run. The catalogue lists courses only by title across
 * every partner, so this reads it a hundred at a time and keeps the provider's own (search by
 * provider will replace this).
 */
final class ProviderCourses {
  static final int PAGE_SIZE = 100;
  /** 10,000 courses: well past the city's 2,000. */
  static final int MAX_PAGES = 100;

  private ProviderCourses() {}

  static List<CourseDto> of(CatalogueClient catalogue, Collection<String> organisations) {
    List<CourseDto> own = new ArrayList<>();
    for (int page = 0; page < MAX_PAGES; page++) {
      CoursePageDto found = catalogue.courses(page, PAGE_SIZE);
      List<CourseDto> items = found == null || found.items() == null ? List.of() : found.items();
      items.stream().filter(c -> organisations.contains(c.providerCode())).forEach(own::add);
      if (items.size() < PAGE_SIZE || (long) (page + 1) * PAGE_SIZE >= found.total()) {
        break;
      }
    }
    return own;
  }
}
