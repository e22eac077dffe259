package city.academy.catalogue.report.infrastructure;

import city.academy.catalogue.booking.domain.Attendance;
import city.academy.catalogue.booking.domain.SessionStatus;
import city.academy.catalogue.report.domain.ReportPeriod;
import city.academy.catalogue.report.domain.ReportSource;
import city.academy.catalogue.report.domain.SessionFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two statements: the sessions of the period (their places and confirmed counters live on the
 * session row), and the attendance marks of their bookings counted per session and mark. A year of
 * the city is about 20,000 sessions; the sums are made in Java so that the London month needs no
 * database-specific date function. Served by {@code ix_course_session_owner_starts} and
 * {@code ix_course_session_starts}, and {@code ix_booking_session_status} for the marks.
 */
@ApplicationScoped
public class JpaReportSource implements ReportSource {

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Override
  public List<SessionFigures> sessions(ReportPeriod period, String providerCode) {
    String scope = providerCode == null ? "" : " and s.ownerOrganisationCode = :provider";
    TypedQuery<Object[]> rows = em.createQuery(
        "select s.id, s.ownerOrganisationCode, s.startsAt, s.status, s.capacity, s.ownerConfirmed, s.partnerConfirmed"
            + " from Session s where s.startsAt >= :from and s.startsAt < :before" + scope, Object[].class);
    TypedQuery<Object[]> marks = em.createQuery(
        "select s.id, b.attendance, count(b) from Booking b join b.session s"
            + " where s.startsAt >= :from and s.startsAt < :before and b.attendance is not null" + scope
            + " group by s.id, b.attendance", Object[].class);
    for (TypedQuery<Object[]> query : List.of(rows, marks)) {
      query.setParameter("from", period.startsAt()).setParameter("before", period.endsBefore());
      if (providerCode != null) {
        query.setParameter("provider", providerCode);
      }
    }
    Map<Long, long[]> marked = new HashMap<>();
    for (Object[] row : marks.getResultList()) {
      long[] counts = marked.computeIfAbsent(((Number) row[0]).longValue(), id -> new long[2]);
      long n = ((Number) row[2]).longValue();
      counts[0] += n;
      if (row[1] == Attendance.DID_NOT_ATTEND) {
        counts[1] += n;
      }
    }
    List<SessionFigures> sessions = new ArrayList<>();
    for (Object[] row : rows.getResultList()) {
      long id = ((Number) row[0]).longValue();
      long[] counts = marked.getOrDefault(id, new long[2]);
      int owner = ((Number) row[5]).intValue();
      int partner = ((Number) row[6]).intValue();
      sessions.add(new SessionFigures(id, (String) row[1], (OffsetDateTime) row[2], row[3] == SessionStatus.CANCELLED,
          ((Number) row[4]).intValue(), owner + partner, partner, counts[0], counts[1]));
    }
    return sessions;
  }

  @Override
  public boolean runsCourses(String organisationCode) {
    return !em.createQuery("select c.id from Course c where c.ownerOrganisationCode = :org", Long.class)
        .setParameter("org", organisationCode)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
