package city.academy.passport.imports.application;

import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.imports.domain.Achievement;
import city.academy.passport.imports.domain.ImportBatch;
import city.academy.passport.imports.domain.ImportFileRefusedException;
import city.academy.passport.imports.domain.ImportJob;
import city.academy.passport.imports.domain.ImportJobLostException;
import city.academy.passport.imports.domain.ImportRow;
import city.academy.passport.imports.domain.ImportStatus;
import city.academy.passport.imports.domain.RowProblem;
import city.academy.passport.imports.domain.RowSink;
import city.academy.passport.imports.infrastructure.CheckedFile;
import city.academy.passport.imports.infrastructure.CsvImportReader;
import city.academy.passport.imports.infrastructure.ImportDirectory;
import city.academy.passport.imports.infrastructure.ImportDirectory.OrganisationStaff;
import city.academy.passport.imports.infrastructure.ImportFileStore;
import city.academy.passport.imports.infrastructure.JdbcImportWriter;
import city.academy.passport.staffpassport.application.PassportService;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs import jobs in the background on the container's managed executor: checks the file whole,
 * then streams its rows, matches each to a person by organisation and employee number, and writes
 * them a batch at a time ({@code academy.passport.imports.batch-rows}, default 1,000) with the
 * job's progress, the next batch read while the previous is written ({@link BatchPipeline}).
 *
 * <p>Each process has a runner id of its own, recorded on the jobs it has in hand; {@link
 * ImportLease} beats their heartbeat and takes over the jobs of runners that went silent. A job an
 * error stops is left interrupted for a person to resume after the last batch written; a job this
 * process lets go of as it stops, or loses to a takeover, is left to the runner that has it next.
 */
@ApplicationScoped
public class ImportRunner {
  private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());
  /** How often a batch is written again after losing a race with an overlapping import. */
  static final int KEY_RACE_ATTEMPTS = 5;

  @Resource ManagedExecutorService executor;
  @Resource jakarta.enterprise.concurrent.ManagedThreadFactory threads;
  @Inject ImportJobs jobs;
  @Inject CsvImportReader reader;
  @Inject ImportDirectory directory;
  @Inject JdbcImportWriter writer;
  @Inject ImportFileStore files;
  @Inject TrainingFramework framework;

  @Inject
  @ConfigProperty(name = "academy.passport.imports.batch-rows", defaultValue = "1000")
  int batchRows;

  /** Unique to this process (its pid for people reading the table, a random UUID for uniqueness). */
  private final String id = "pid" + ProcessHandle.current().pid() + "-" + UUID.randomUUID();
  /** Jobs submitted here and not yet let go of, each with how many submissions of it are under way. */
  private final Map<Long, Integer> inHand = new ConcurrentHashMap<>();
  private volatile boolean stopping;

  /** This process's runner id, recorded on the jobs it has in hand. */
  public String id() {
    return id;
  }

  /** Whether this process has the job in hand: queued on its executor or running. */
  public boolean has(long jobId) {
    return inHand.containsKey(jobId);
  }

  /** The jobs this process has in hand, for their heartbeat. */
  Set<Long> inHand() {
    return Set.copyOf(inHand.keySet());
  }

  /** Starts the job in the background (it must be queued). */
  public void submit(long jobId) {
    submit(jobId, id);
  }

  /**
   * Starts the job in the background as the given runner: this process's id, except in a test that
   * plays a second instance inside the one server.
   */
  void submit(long jobId, String runner) {
    inHand.merge(jobId, 1, Integer::sum);
    try {
      executor.submit(() -> {
        try {
          run(jobId, runner);
        } finally {
          letGo(jobId);
        }
      });
    } catch (RuntimeException e) {
      letGo(jobId);
      throw e;
    }
  }

  private void letGo(long jobId) {
    inHand.computeIfPresent(jobId, (k, n) -> n == 1 ? null : n - 1);
  }

  /**
   * The application is stopping: a job stopped by it is left as it is, running, for the lease to
   * hand it to another instance (or to this one once it is started again), rather than interrupted.
   */
  @PreDestroy
  void stop() {
    stopping = true;
  }

  void run(long jobId, String runner) {
    Optional<ImportJob> started;
    try {
      started = jobs.change(jobId, job -> {
        if (job.status() == ImportStatus.QUEUED) {
          job.start(runner);
        }
      }).filter(j -> j.isRunBy(runner));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "Import " + jobId + " could not be started");
      return;
    }
    if (started.isEmpty()) {
      return; // another runner has it, or it is not queued any more
    }
    ImportJob job = started.get();
    try {
      CheckedFile file;
      try {
        file = reader.check(Path.of(job.storedFile()), job.format());
      } catch (ImportFileRefusedException e) {
        changeAsRunner(jobId, runner, j -> j.refuse(e.getMessage()));
        files.remove(job.storedFile());
        return;
      }
      // the writer gets a thread of its own (from the container's thread factory, not the executor's
      // pool, where two imports each waiting for their writer could hold every thread)
      java.util.concurrent.ExecutorService writerThread = java.util.concurrent.Executors.newSingleThreadExecutor(threads);
      try (BatchPipeline pipeline = new BatchPipeline(writerThread, batch -> write(job, runner, batch))) {
        Batcher batcher = new Batcher(job, file, pipeline);
        reader.read(file, job.checkpointLine(), PassportService.today(), batcher);
        batcher.flush();
        pipeline.finish();
      } finally {
        writerThread.shutdown();
      }
      changeAsRunner(jobId, runner, ImportJob::complete);
      files.remove(job.storedFile());
      LOG.log(Level.INFO, "Import {0} ({1}) completed", new Object[] {Long.toString(jobId), job.fileName()});
    } catch (ImportJobLostException e) {
      // another instance took the job over while this one was silent: it carries on, this one stops
      LOG.log(Level.INFO, "Import {0}: another runner has it now; runner {1} let go of it ({2})",
          new Object[] {Long.toString(jobId), runner, e.getMessage()});
    } catch (RuntimeException e) {
      if (stopping || Thread.currentThread().isInterrupted()) {
        LOG.log(Level.INFO, "Import {0} left running as the service stops; another instance (or this one, started again)"
            + " takes it over once its lease has run out", Long.toString(jobId));
        return;
      }
      LOG.log(Level.WARNING, e, () -> "Import " + jobId + " stopped");
      try {
        jobs.change(jobId, j -> {
          if (j.isRunBy(runner)) {
            j.interrupt("Stopped by an error after line " + j.checkpointLine() + ": " + e.getMessage()
                + ". Resume it to go on; nothing is added twice.");
          }
        });
      } catch (RuntimeException again) {
        LOG.log(Level.WARNING, again, () -> "Import " + jobId + " could not be marked interrupted; once its lease has run out"
            + " another runner takes it over");
      }
    }
  }

  /** Changes the job if this runner still runs it; after a takeover it is another's to change. */
  private void changeAsRunner(long jobId, String runner, Consumer<ImportJob> change) {
    jobs.change(jobId, j -> {
      if (!j.isRunBy(runner)) {
        throw new ImportJobLostException("Import " + jobId + " is no longer run by runner " + runner + "; it was left as it is.");
      }
      change.accept(j);
    });
  }

  /** Writes one batch, again when it loses a race on a record's key with an overlapping import. */
  private void write(ImportJob job, String runner, ImportBatch batch) {
    for (int attempt = 1; ; attempt++) {
      try {
        writer.write(job.id(), runner, job.uploadedBy(), batch);
        return;
      } catch (JdbcImportWriter.KeyRaceException e) {
        if (attempt == KEY_RACE_ATTEMPTS) {
          throw e;
        }
        LOG.fine(() -> e.getMessage() + "; writing the batch again");
      }
    }
  }

  /** Resolves rows to records and hands them to the writer in batches, in file order. */
  final class Batcher implements RowSink {
    private final ImportJob job;
    private final CheckedFile file;
    private final BatchPipeline pipeline;
    private final LocalDate today = PassportService.today();
    private final Map<String, Optional<OrganisationStaff>> organisations = new HashMap<>();
    private final List<ImportBatch.NewRecord> records = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private long lastLine;

    Batcher(ImportJob job, CheckedFile file, BatchPipeline pipeline) {
      this.job = job;
      this.file = file;
      this.pipeline = pipeline;
    }

    @Override
    public void row(ImportRow row) {
      resolve(row).ifPresent(records::add);
      settled(row.line());
    }

    @Override
    public void problem(RowProblem problem) {
      problems.add(problem);
      settled(problem.line());
    }

    private void settled(long line) {
      lastLine = line;
      if (records.size() + problems.size() >= Math.max(1, batchRows)) {
        flush();
      }
    }

    void flush() {
      if (records.isEmpty() && problems.isEmpty()) {
        return;
      }
      pipeline.put(new ImportBatch(records, problems, records.size() + problems.size(), lastLine));
      records.clear();
      problems.clear();
    }

    /** The record the row asks for, or empty after noting why it cannot be imported. */
    private Optional<ImportBatch.NewRecord> resolve(ImportRow row) {
      String org = row.organisationCode();
      if (job.organisationCode() != null && !job.organisationCode().equals(org)) {
        return refuse(row, CheckedFile.Column.ORGANISATION_CODE, org, "This import is for " + job.organisationCode() + "'s staff; the row is for " + org
            + ". Rows for another organisation are imported by its own HR.");
      }
      Optional<OrganisationStaff> staff = organisations.computeIfAbsent(org, directory::organisation);
      if (staff.isEmpty()) {
        return refuse(row, CheckedFile.Column.ORGANISATION_CODE, org, "No partner organisation has the code " + org + ".");
      }
      Optional<Long> person = staff.get().person(row.employeeNumber());
      if (person.isEmpty()) {
        return refuse(row, CheckedFile.Column.EMPLOYEE_NUMBER, row.employeeNumber(), org + " has no employee with the number "
            + row.employeeNumber()
            + ": check the number, or add the person's post first.");
      }
      String subject = null;
      String level = null;
      String title = null;
      String localCode = null;
      LocalDate expires;
      Achievement achievement = row.achievement();
      if (achievement instanceof Achievement.Subject s) {
        subject = s.subjectCode();
        level = s.levelCode();
        expires = framework.expiryOf(subject, level, row.completedOn()).orElse(null);
      } else if (achievement instanceof Achievement.Local l) {
        Optional<ImportDirectory.LocalRequirement> local = staff.get().local(l.title());
        if (local.isEmpty()) {
          return refuse(row, CheckedFile.Column.COMPETENCE_NAME, l.title(), org + " has no local requirement called \"" + l.title()
              + "\": add it under local rules, or check the name.");
        }
        localCode = local.get().code();
        title = local.get().title();
        expires = local.get().refresherMonths() == null ? row.expiresOn()
            : row.completedOn().plusMonths(local.get().refresherMonths());
      } else {
        title = ((Achievement.Course) achievement).title();
        expires = null;
      }
      String evidence = job.fileName() + ", line " + row.line();
      return Optional.of(new ImportBatch.NewRecord(row.line(), person.get(), staff.get().organisationId(), subject, level,
          title, localCode, row.completedOn(), expires, naturalKey(job, org, person.get(), row),
          evidence.length() > 200 ? evidence.substring(0, 200) : evidence));
    }

    /** Notes why the row is not imported, naming the column as the file's header does. */
    private Optional<ImportBatch.NewRecord> refuse(ImportRow row, CheckedFile.Column column, String value, String reason) {
      problems.add(new RowProblem(row.line(), file.has(column) ? file.nameOf(column) : null, value, reason));
      return Optional.empty();
    }
  }

  /**
   * The record's natural key: the person, what was done, the day, and the sending system (the
   * format and the organisation whose system it is). The same row from the same file, from an
   * overlapping later export, or uploaded by an academy admin instead of the organisation's HR,
   * gives the same key; the database holds each key once.
   */
  static String naturalKey(ImportJob job, String organisationCode, long personId, ImportRow row) {
    String key = job.format().name() + "|" + organisationCode + "|" + personId + "|" + row.achievement().key() + "|" + row.completedOn();
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "import:" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
