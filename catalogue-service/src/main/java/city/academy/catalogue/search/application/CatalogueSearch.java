package city.academy.catalogue.search.application;

import city.academy.catalogue.booking.domain.Session;
import city.academy.catalogue.search.domain.SearchCriteria;
import city.academy.catalogue.search.domain.SessionFinder;
import city.academy.platform.problem.Paging;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Searches the catalogue for a caller: the places they could take come from their token's employers. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogueSearch {

  private SessionFinder finder;

  protected CatalogueSearch() {}

  @Inject
  public CatalogueSearch(SessionFinder finder) {
    this.finder = finder;
  }

  /**
   * How far a search counts its matches beyond the page asked for. A person reads "more than 1,000"
   * as well as an exact figure, and counting every session of the year for a search that matches
   * most of them would cost more than finding the page.
   */
  public static final int COUNT_AHEAD = 1_000;

  /**
   * A page of results and how many there are in all.
   *
   * @param total the number of matches when {@code exact}; otherwise there are more than this
   */
  public record Results(List<Session> sessions, long total, boolean exact, SearchCriteria criteria) {}

  public Results search(
      String q, String subject, String provider, String from, String to, String mode, String available,
      Paging paging, Caller caller) {
    SearchCriteria criteria = ProblemException.refusing(() -> SearchCriteria.parse(
        q, subject, provider, from, to, mode, available, caller.employedAt(), OffsetDateTime.now(ZoneOffset.UTC)));
    if (criteria.matchesNothing()) {
      return new Results(List.of(), 0, true, criteria);
    }
    List<Session> page = finder.find(criteria, paging);
    if (page.size() < paging.size() && (paging.page() == 0 || !page.isEmpty())) {
      return new Results(page, (long) paging.offset() + page.size(), true, criteria);
    }
    int limit = paging.offset() + paging.size() + COUNT_AHEAD;
    long counted = finder.count(criteria, limit + 1);
    return counted > limit ? new Results(page, limit, false, criteria) : new Results(page, counted, true, criteria);
  }
}
