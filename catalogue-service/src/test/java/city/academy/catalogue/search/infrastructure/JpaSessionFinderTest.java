package city.academy.catalogue.search.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.catalogue.search.domain.SearchCriteria;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JpaSessionFinderTest {
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 20, 10, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void onlyTheGivenFiltersAreInTheStatement() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = JpaSessionFinder.where(SearchCriteria.parse(null, null, null, null, null, null, null, Set.of("NGH"), NOW), parameters);
    assertThat(where).isEqualTo("s.status = :scheduled and s.startsAt > :from");
    assertThat(parameters).containsOnlyKeys("scheduled", "from");
  }

  @Test
  void everyFilter() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = JpaSessionFinder.where(SearchCriteria.parse("100% fire_drill", "FIRE_SAFETY", "NGH", "2026-04-01", "2026-04-30",
        "CLASSROOM", "true", Set.of("NGH", "BWC"), NOW), parameters);
    assertThat(where).contains(":before", ":provider", ":subject", ":mode", ":w0", ":w1", "in :orgs");
    assertThat(parameters.get("w0")).isEqualTo("%100!%%");
    assertThat(parameters.get("w1")).isEqualTo("%fire!_drill%");
  }
}
