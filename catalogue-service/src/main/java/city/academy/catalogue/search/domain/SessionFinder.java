package city.academy.catalogue.search.domain;

import city.academy.catalogue.booking.domain.Session;
import city.academy.platform.problem.Paging;
import java.util.List;

/** Finds sessions across the whole catalogue, soonest first. */
public interface SessionFinder {
  /** One page of matching sessions, by start then id; each with its course loaded. */
  List<Session> find(SearchCriteria criteria, Paging paging);

  /**
   * How many sessions match, counting no further than {@code atMost}: the answer is
   * {@code atMost} when at least that many match.
   */
  long count(SearchCriteria criteria, int atMost);
}
