package city.academy.web.provider;

import city.academy.catalogue.api.CatalogueClient;
import city.academy.catalogue.api.CourseDto;
import city.academy.catalogue.api.CoursePageDto;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The courses a provider's organisations run, each organisation's asked of the catalogue by provider. */
final class ProviderCourses {
  static final int PAGE_SIZE = 100;
  /** 10,000 courses an organisation: far past any partner's. */
  static final int MAX_PAGES = 100;

  private ProviderCourses() {}

  static List<CourseDto> of(CatalogueClient catalogue, Collection<String> organisations) {
    List<CourseDto> own = new ArrayList<>();
    for (String organisation : organisations) {
      for (int page = 0; page < MAX_PAGES; page++) {
        CoursePageDto found = catalogue.coursesOf(organisation, page, PAGE_SIZE);
        List<CourseDto> items = found == null || found.items() == null ? List.of() : found.items();
        own.addAll(items);
        if (items.size() < PAGE_SIZE || (long) (page + 1) * PAGE_SIZE >= found.total()) {
          break;
        }
      }
    }
    own.sort(java.util.Comparator.comparing(CourseDto::title));
    return own;
  }
}
