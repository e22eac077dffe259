package city.academy.catalogue.reminder.infrastructure;

import city.academy.catalogue.booking.domain.Session;
import city.academy.catalogue.reminder.domain.BookableSessions;
import city.academy.catalogue.search.domain.SearchCriteria;
import city.academy.catalogue.search.domain.SessionFinder;
import city.academy.platform.problem.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The catalogue's own search, as Find training runs it with "only sessions I can book". */
@ApplicationScoped
public class CatalogueBookableSessions implements BookableSessions {
  /** Sessions looked at for the levels wanted: courses of the subject at a lower level are skipped. */
  private static final int LOOK_AT = 20;

  @Inject SessionFinder finder;

  @Override
  public List<Offer> forRequirement(String subject, Collection<String> acceptedLevels, Collection<String> organisations,
      OffsetDateTime now, int limit) {
    SearchCriteria criteria = new SearchCriteria(List.of(), subject, null, now, null, null, true, Set.copyOf(organisations), now);
    return finder.find(criteria, new Paging(0, LOOK_AT)).stream()
        .filter(s -> s.course().levelCode() == null || acceptedLevels.contains(s.course().levelCode()))
        .limit(limit)
        .map(CatalogueBookableSessions::offer)
        .toList();
  }

  private static Offer offer(Session s) {
    String where = s.venue() != null && !s.venue().isBlank() ? s.venue() : "online";
    return new Offer(s.course().id(), s.course().title(), s.startsAt(), where);
  }
}
