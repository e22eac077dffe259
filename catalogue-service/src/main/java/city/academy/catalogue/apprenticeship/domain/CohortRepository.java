package city.academy.catalogue.apprenticeship.domain;

import city.academy.platform.problem.Paging;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public interface CohortRepository {
  /**
   * Cohorts, newest start first.
   *
   * @param visible null: every cohort; otherwise those with one of its employers as employer or
   *     one of its providers as training provider
   * @param nameContains null, or text the name contains (any case)
   */
  List<Cohort> page(Visible visible, String nameContains, Paging paging);

  long count(Visible visible, String nameContains);

  /** Which cohorts someone may list: those of these employers, and those these providers train. */
  record Visible(Set<String> employers, Set<String> providers) {
    public boolean none() {
      return employers.isEmpty() && providers.isEmpty();
    }
  }

  Optional<Cohort> byId(long id);

  Cohort add(Cohort cohort);

  /** Apprentices per cohort id, for the given cohorts. */
  Map<Long, Long> apprenticeCounts(List<Long> cohortIds);
}
