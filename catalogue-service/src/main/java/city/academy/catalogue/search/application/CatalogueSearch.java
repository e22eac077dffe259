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

  /** A page of results and how many there are in all. */
  public record Results(List<Session> sessions, long total, SearchCriteria criteria) {}

  public Results search(
      String q, String subject, String provider, String from, String to, String mode, String available,
      Paging paging, Caller caller) {
    SearchCriteria criteria = ProblemException.refusing(() -> SearchCriteria.parse(
        q, subject, provider, from, to, mode, available, caller.employedAt(), OffsetDateTime.now(ZoneOffset.UTC)));
    if (criteria.matchesNothing()) {
      return new Results(List.of(), 0, criteria);
    }
    List<Session> page = finder.find(criteria, paging);
    long total = page.size() < paging.size() && (paging.page() == 0 || !page.isEmpty())
        ? (long) paging.offset() + page.size()
        : finder.count(criteria);
    return new Results(page, total, criteria);
  }
}
