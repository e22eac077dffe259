package city.academy.catalogue.search.domain;

import city.academy.catalogue.booking.domain.Session;
import city.academy.platform.problem.Paging;
import java.util.List;

/** Finds sessions across the whole catalogue, soonest first. */
public interface SessionFinder {
  /** One page of matching sessions, by start then id; each with its course loaded. */
  List<Session> find(SearchCriteria criteria, Paging paging);

  long count(SearchCriteria criteria);
}
