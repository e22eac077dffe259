package city.academy.passport.imports.application;

import city.academy.passport.imports.domain.ImportJob;
import city.academy.passport.imports.domain.ImportStatus;
import city.academy.passport.imports.domain.RowProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Import jobs in the database: each change of a job's state in a transaction of its own (the
 * runner works outside any transaction, a batch at a time), and the lists the API shows, each read
 * in a short transaction too (the container's entity manager outside one is closed at the end of
 * the request, which a streamed CSV answer or a background thread outlives).
 */
@ApplicationScoped
public class ImportJobs {

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public ImportJob add(ImportJob job) {
    em.persist(job);
    return job;
  }

  @Transactional(Transactional.TxType.REQUIRED)
  public Optional<ImportJob> find(long id) {
    return Optional.ofNullable(em.find(ImportJob.class, id));
  }

  /**
   * Changes the job under a row lock, so that the runner and a person resuming it never both act on
   * a stale copy; answers the job as changed, or empty when there is no such job.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<ImportJob> change(long id, Consumer<ImportJob> change) {
    ImportJob job = em.find(ImportJob.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (job == null) {
      return Optional.empty();
    }
    em.refresh(job);
    change.accept(job);
    return Optional.of(job);
  }

  /** Jobs that were queued or running when the service stopped: no runner has them any more. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int interruptLeftovers() {
    // locked: a batch being written (by a runner of another instance, or one still finishing) settles first
    List<ImportJob> left = em.createQuery("select j from ImportJob j where j.status in :active", ImportJob.class)
        .setParameter("active", List.of(ImportStatus.QUEUED, ImportStatus.RUNNING))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    left.forEach(j -> j.interrupt("The service stopped while this import was " + j.status().name().toLowerCase()
        + "; resume it to go on after line " + j.checkpointLine() + "."));
    return left.size();
  }

  /** Newest first; only the given organisations' jobs unless {@code organisations} is null (all). */
  @Transactional(Transactional.TxType.REQUIRED)
  public List<ImportJob> list(Collection<String> organisations, int offset, int size) {
    TypedQuery<ImportJob> q = organisations == null
        ? em.createQuery("select j from ImportJob j order by j.uploadedAt desc, j.id desc", ImportJob.class)
        : em.createQuery("select j from ImportJob j where j.organisationCode in :orgs order by j.uploadedAt desc, j.id desc",
            ImportJob.class).setParameter("orgs", List.copyOf(organisations));
    return q.setFirstResult(offset).setMaxResults(size).getResultList();
  }

  @Transactional(Transactional.TxType.REQUIRED)
  public long count(Collection<String> organisations) {
    TypedQuery<Long> q = organisations == null
        ? em.createQuery("select count(j) from ImportJob j", Long.class)
        : em.createQuery("select count(j) from ImportJob j where j.organisationCode in :orgs", Long.class)
            .setParameter("orgs", List.copyOf(organisations));
    return q.getSingleResult();
  }

  /** A page of the job's rejected rows, in line order. */
  @Transactional(Transactional.TxType.REQUIRED)
  @SuppressWarnings("unchecked")
  public List<RowProblem> rejections(long jobId, long afterLine, int size) {
    List<Object[]> rows = em.createNativeQuery("SELECT line, column_name, cell_value, reason FROM import_rejection"
            + " WHERE job_id = ? AND line > ? ORDER BY line")
        .setParameter(1, jobId).setParameter(2, afterLine).setMaxResults(size).getResultList();
    return rows.stream().map(r -> new RowProblem(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3])).toList();
  }
}
