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
   * @param organisations null: every cohort; otherwise those with one of these organisations as
   *     employer or as training provider
   */
  List<Cohort> page(Set<String> organisations, Paging paging);

  long count(Set<String> organisations);

  Optional<Cohort> byId(long id);

  Cohort add(Cohort cohort);

  /** Apprentices per cohort id, for the given cohorts. */
  Map<Long, Long> apprenticeCounts(List<Long> cohortIds);
}
