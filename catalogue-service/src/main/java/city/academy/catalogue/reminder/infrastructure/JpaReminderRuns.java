package city.academy.catalogue.reminder.infrastructure;

import city.academy.catalogue.reminder.domain.ReminderRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The run table in SQL both databases run: the day's row is created once (its primary key settles
 * a race), then claimed with a conditional {@code UPDATE}, which both re-check after waiting for a
 * concurrent writer, so exactly one runner wins. Each step commits on its own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaReminderRuns implements ReminderRuns {

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Override
  public Claim claim(String job, LocalDate day, String runner, OffsetDateTime now, OffsetDateTime until, boolean again) {
    ensureRow(job, day);
    int claimed = em.createNativeQuery("UPDATE reminder_run SET claimed_by = ?, claimed_until = ?, started_at = ?"
            + " WHERE job = ? AND run_day = ? AND (claimed_until IS NULL OR claimed_until < ?)"
            + (again ? "" : " AND finished_at IS NULL"))
        .setParameter(1, runner).setParameter(2, until).setParameter(3, now).setParameter(4, job).setParameter(5, day)
        .setParameter(6, now).executeUpdate();
    if (claimed == 1) {
      return Claim.CLAIMED;
    }
    @SuppressWarnings("unchecked")
    List<Object> finished = em.createNativeQuery("SELECT finished_at FROM reminder_run WHERE job = ? AND run_day = ?"
            + " AND (claimed_until IS NULL OR claimed_until < ?)")
        .setParameter(1, job).setParameter(2, day).setParameter(3, now).getResultList();
    return finished.isEmpty() ? Claim.HELD_ELSEWHERE : Claim.ALREADY_DONE;
  }

  private void ensureRow(String job, LocalDate day) {
    Number existing = (Number) em.createNativeQuery("SELECT COUNT(*) FROM reminder_run WHERE job = ? AND run_day = ?")
        .setParameter(1, job).setParameter(2, day).getSingleResult();
    if (existing.intValue() == 0) {
      try {
        em.createNativeQuery("INSERT INTO reminder_run (job, run_day, people, reminders, digests) VALUES (?, ?, 0, 0, 0)")
            .setParameter(1, job).setParameter(2, day).executeUpdate();
      } catch (PersistenceException raced) {
        // Another instance created the row a moment ago; the claim below settles who runs.
        throw new IllegalStateException("Another instance is starting the " + job + " run of " + day + ".", raced);
      }
    }
  }

  @Override
  public void finish(String job, LocalDate day, String runner, OffsetDateTime now, int people, int reminders, int digests) {
    em.createNativeQuery("UPDATE reminder_run SET finished_at = ?, claimed_by = NULL, claimed_until = NULL, people = ?, reminders = ?,"
            + " digests = ? WHERE job = ? AND run_day = ? AND claimed_by = ?")
        .setParameter(1, now).setParameter(2, people).setParameter(3, reminders).setParameter(4, digests)
        .setParameter(5, job).setParameter(6, day).setParameter(7, runner).executeUpdate();
  }

  @Override
  public void release(String job, LocalDate day, String runner) {
    em.createNativeQuery("UPDATE reminder_run SET claimed_by = NULL, claimed_until = NULL WHERE job = ? AND run_day = ? AND claimed_by = ?")
        .setParameter(1, job).setParameter(2, day).setParameter(3, runner).executeUpdate();
  }
}
