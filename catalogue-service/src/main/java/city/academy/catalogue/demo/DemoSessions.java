package city.academy.catalogue.demo;

import city.academy.catalogue.booking.domain.BookingRepository;
import city.academy.catalogue.booking.domain.Learner;
import city.academy.catalogue.booking.domain.LondonTime;
import city.academy.catalogue.booking.domain.Session;
import city.academy.catalogue.booking.domain.SessionPlan;
import city.academy.catalogue.booking.domain.SessionRepository;
import city.academy.catalogue.course.domain.Course;
import city.academy.catalogue.course.domain.CourseRepository;
import city.academy.platform.problem.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Upcoming sessions of the demo courses, loaded once when there are none, so the portal has
 * something to book: hospital sessions open to partners, one nearly full, two that need the line
 * manager's approval, one at the care home group. Dates are counted from the day of loading.
 *
 * <p>The nearly full session's places are held by placeholder learners ({@code DEMO-L01}...) who
 * are not in the passport; they are there only to fill places.
 */
@ApplicationScoped
public class DemoSessions {
  private static final Logger LOG = Logger.getLogger(DemoSessions.class.getName());

  @Inject CourseRepository courses;
  @Inject SessionRepository sessions;
  @Inject BookingRepository bookings;

  @Inject
  @ConfigProperty(name = "academy.demo.enabled", defaultValue = "true")
  boolean enabled;

  @Transactional
  public void loadIfNone() {
    if (!enabled || sessions.count() > 0) {
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    LocalDate monday = LocalDate.now(LondonTime.LONDON).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    int added = 0;
    added += add("NGH", "Fire Safety Awareness", now, monday.plusWeeks(2), LocalTime.of(9, 30), LocalTime.of(10, 30),
        "Education Centre, Room 2, Northgate Hospitals", null, "Sam Patel", 20, 10, false, 0);
    added += add("NGH", "Fire Safety Awareness", now, monday.plusWeeks(3).plusDays(2), LocalTime.of(14, 0), LocalTime.of(15, 0),
        "Education Centre, Room 2, Northgate Hospitals", null, "Sam Patel", 20, 5, false, 0);
    added += add("NGH", "Immediate Life Support", now, monday.plusWeeks(2).plusDays(1), LocalTime.of(9, 0), LocalTime.of(16, 30),
        "Resuscitation Training Suite, Northgate Hospitals", null, "Dr Ruth Okoye", 12, 6, false, 11);
    added += add("NGH", "Safeguarding Adults Level 3", now, monday.plusWeeks(4).plusDays(3), LocalTime.of(9, 30), LocalTime.of(16, 0),
        "Education Centre, Lecture Theatre, Northgate Hospitals", null, "Safeguarding team", 30, 20, true, 0);
    added += add("NGH", "Leading a Team Through Change", now, monday.plusWeeks(5), LocalTime.of(13, 0), LocalTime.of(16, 0),
        null, "https://meet.academy.local/leading-change", "Organisational development team", 16, 8, true, 0);
    added += add("BWC", "Moving and Handling People", now, monday.plusWeeks(2).plusDays(3), LocalTime.of(10, 0), LocalTime.of(13, 0),
        "Training room, Beechwood Care Homes head office", null, "Lee Morgan", 10, 8, false, 0);
    final int total = added;
    LOG.info(() -> "Demo sessions loaded: " + total + ".");
  }

  private int add(String owner, String title, OffsetDateTime now, LocalDate day, LocalTime from, LocalTime to, String venue,
      String link, String trainer, int capacity, int reserved, boolean approval, int placeholders) {
    Optional<Course> course = course(owner, title);
    if (course.isEmpty()) {
      return 0;
    }
    OffsetDateTime starts = day.atTime(from).atZone(LondonTime.LONDON).toOffsetDateTime();
    OffsetDateTime ends = day.atTime(to).atZone(LondonTime.LONDON).toOffsetDateTime();
    Session session = Session.schedule(course.get(),
        SessionPlan.of(starts, ends, venue, link, trainer, capacity, reserved, null, null, null, approval), now);
    sessions.add(session);
    for (int i = 1; i <= placeholders; i++) {
      String id = String.format("DEMO-L%02d", i);
      bookings.add(session.request(new Learner(id, "Demo learner " + i, owner, null), false, now));
    }
    return 1;
  }

  private Optional<Course> course(String owner, String title) {
    List<Course> all = courses.page(new Paging(0, 1000));
    return all.stream().filter(c -> c.ownerOrganisationCode().equals(owner) && c.title().equals(title)).findFirst();
  }
}
