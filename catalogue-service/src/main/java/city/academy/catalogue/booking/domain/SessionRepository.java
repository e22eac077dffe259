package city.academy.catalogue.booking.domain;

import city.academy.platform.problem.Paging;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Where sessions are kept. */
public interface SessionRepository {
  Session add(Session session);

  Optional<Session> byId(long id);

  /**
   * The session, its row locked for writing until the transaction ends ({@code SELECT ... FOR
   * UPDATE}): every change to a session's places goes through this, so changes happen one at a time.
   */
  Optional<Session> lockedById(long id);

  /** Scheduled sessions, not started, whose release date has passed but is not yet applied: ids, soonest release first. */
  List<Long> releaseDue(OffsetDateTime now, int limit);

  /** A course's sessions, soonest first; those ended before {@code endedAfter} left out unless null. */
  List<Session> ofCourse(long courseId, OffsetDateTime endedAfter, Paging paging);

  long countOfCourse(long courseId, OffsetDateTime endedAfter);

  long count();
}
