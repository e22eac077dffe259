package city.academy.catalogue.search.infrastructure;

import city.academy.catalogue.booking.domain.Session;
import city.academy.catalogue.booking.domain.SessionStatus;
import city.academy.catalogue.search.domain.SearchCriteria;
import city.academy.catalogue.search.domain.SessionFinder;
import city.academy.platform.problem.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JPQL statement per search (and one to count, only when the page is full, which stops at the
 * limit it is given), built from the criteria that were given. The indexes of {@code V3__search_calendar_reports.sql} serve it:
 * sessions by (start, id), the order of the results, and by (provider, start); the course filters
 * (subject, mode, words) are a subquery over the courses, whose sessions are then found by course.
 * Words are matched with {@code LIKE} on the courses' stored search text (title and description,
 * lower-cased: {@link city.academy.catalogue.course.domain.Course#searchText}), 2,000 rows for the
 * whole city.
 *
 * <p>"Available" is {@link Session#hasPlaceFor} in SQL: bookable, a free place, and either the
 * caller works for the running organisation or a place is open to partners (open places left, or
 * the release date passed).
 */
@ApplicationScoped
public class JpaSessionFinder implements SessionFinder {
  /** EclipseLink's query hint for objects that will not be changed in this transaction. */
  static final String READ_ONLY = "eclipselink.read-only";

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Override
  public List<Session> find(SearchCriteria criteria, Paging paging) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(criteria, parameters);
    TypedQuery<Session> query = em.createQuery(
        "select s from Session s join fetch s.course where " + where + " order by s.startsAt, s.id", Session.class);
    // results are shown, never changed: EclipseLink need not keep a copy of each to find changes
    query.setHint(READ_ONLY, Boolean.TRUE);
    parameters.forEach(query::setParameter);
    return query.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
  }

  @Override
  public long count(SearchCriteria criteria, int atMost) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(criteria, parameters);
    // the ids of at most atMost matches, in no order: the database stops at the limit instead of
    // visiting every upcoming session when a search matches most of the year
    TypedQuery<Long> query = em.createQuery("select s.id from Session s where " + where, Long.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(atMost).getResultList().size();
  }

  static String where(SearchCriteria criteria, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder("s.status = :scheduled and s.startsAt > :from");
    parameters.put("scheduled", SessionStatus.SCHEDULED);
    parameters.put("from", criteria.startsFrom());
    if (criteria.startsBefore() != null) {
      where.append(" and s.startsAt < :before");
      parameters.put("before", criteria.startsBefore());
    }
    if (criteria.providerCode() != null) {
      where.append(" and s.ownerOrganisationCode = :provider");
      parameters.put("provider", criteria.providerCode());
    }
    // the course's filters in a subquery: the database finds the matching courses once (2,000 rows
    // for the city) instead of testing each session's course as it walks the sessions in order
    List<String> course = new ArrayList<>();
    if (criteria.subjectCode() != null) {
      course.add("c.subjectCode = :subject");
      parameters.put("subject", criteria.subjectCode());
    }
    if (criteria.mode() != null) {
      course.add("c.deliveryMode = :mode");
      parameters.put("mode", criteria.mode());
    }
    int i = 0;
    for (String word : criteria.words()) {
      String name = "w" + i++;
      course.add("c.searchText like :" + name + " escape '!'");
      parameters.put(name, "%" + escape(word) + "%");
    }
    if (!course.isEmpty()) {
      where.append(" and s.course.id in (select c.id from Course c where ").append(String.join(" and ", course)).append(")");
    }
    if (criteria.availableOnly()) {
      // Written with care for EclipseLink: a - b - c becomes a - (b - c), and a boolean is sent as 1,
      // which H2 will not compare with a BOOLEAN column. So a + b on one side, and "released" is
      // read from the release date alone (a release once applied stays applied even if the provider
      // later moves the date on; then partners see the session only when open places are left).
      where.append(" and s.bookingCutoffAt > :now and s.capacity > s.ownerConfirmed + s.partnerConfirmed"
          + " and (s.ownerOrganisationCode in :orgs or s.releaseAt <= :now"
          + " or s.partnerConfirmed + s.reservedPlaces < s.capacity)");
      parameters.put("now", criteria.now());
      parameters.put("orgs", List.copyOf(criteria.organisations()));
    }
    return where.toString();
  }

  /** A word as a LIKE pattern piece: its own % and _ match themselves. */
  static String escape(String word) {
    return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
