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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Import jobs in the database: each change of a job's state in a transaction of its own (the
 * runner works outside any transaction, a batch at a time), and the lists the API shows, each read
 * in a short transaction too (the container's entity manager outside one is closed at the end of
 * the request, which a streamed CSV answer or a background thread outlives).
 */
@ApplicationScoped
public class ImportJobs {
  private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());
  private static final List<ImportStatus> ACTIVE = List.of(ImportStatus.QUEUED, ImportStatus.RUNNING);

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

  /**
   * The ids of queued or running jobs whose runner has said nothing since before the cut-off (a
   * job never beaten for counts from its upload), oldest first, at most {@code max}. Read without
   * locks: {@link #takeOver} looks again under the row's lock.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public List<Long> abandoned(OffsetDateTime cutOff, int max) {
    return em.createQuery("select j.id from ImportJob j where j.status in :active and (j.heartbeatAt < :cutOff"
            + " or (j.heartbeatAt is null and j.uploadedAt < :cutOff)) order by j.id", Long.class)
        .setParameter("active", ACTIVE).setParameter("cutOff", cutOff).setMaxResults(max).getResultList();
  }

  /**
   * Takes the job over for the runner if it is still abandoned at the cut-off once its row is
   * locked: of several instances sweeping at once, the first to lock it takes it, and the others
   * then find it freshly taken and leave it. Answers whether this call took it.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean takeOver(long id, String runner, OffsetDateTime cutOff) {
    ImportJob job = em.find(ImportJob.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (job == null) {
      return false;
    }
    em.refresh(job);
    if (!job.isAbandoned(cutOff)) {
      return false; // a batch or a heartbeat landed since the look, or another instance took it first
    }
    String previous = job.runner();
    OffsetDateTime silentSince = job.lastSignOfLife();
    job.takeOver(runner, cutOff);
    LOG.log(Level.INFO, "Import {0} taken over by runner {1} from runner {2}, silent since {3}; it goes on after line {4}",
        new Object[] {Long.toString(id), runner, previous, silentSince, Long.toString(job.checkpointLine())});
    return true;
  }

  /**
   * The runner's heartbeat for the jobs it has in hand (queued on its executor or running), unless
   * another runner has taken one over meanwhile. Answers how many jobs it beat for.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int beat(String runner, Collection<Long> jobIds) {
    if (jobIds.isEmpty()) {
      return 0;
    }
    return em.createQuery("update ImportJob j set j.heartbeatAt = :now where j.runner = :runner and j.status in :active"
            + " and j.id in :ids")
        .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC)).setParameter("runner", runner)
        .setParameter("active", ACTIVE).setParameter("ids", List.copyOf(jobIds)).executeUpdate();
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
