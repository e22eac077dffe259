package city.academy.passport.imports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One uploaded file and what became of it. The lifecycle (queued, running, completed, refused,
 * interrupted and resumed) is decided here; the counters and the checkpoint are advanced batch by
 * batch by the writer, in the same transaction as the records of the batch, so they are always
 * what the database holds.
 *
 * <p>Several instances of the service share the jobs: each active job names its runner (the
 * instance whose executor has it) and when that runner last said it is alive. A job whose runner
 * has said nothing for longer than the lease is abandoned, and another instance takes it over; the
 * writer refuses a batch from a runner the job no longer names, so two never write it at once.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {
  public static final int FILE_NAME_MAX = 255;
  public static final int MESSAGE_MAX = 2000;
  public static final int RUNNER_MAX = 64;

  @Id
  @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ImportFormat format;

  /** The organisation whose staff the file is for; null for an academy admin's city-wide file. */
  @Column(name = "organisation_code", length = 16)
  private String organisationCode;

  @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX)
  private String fileName;

  /** Where the upload is kept while it may still be read; null once the job is finished with it. */
  @Column(name = "stored_file", length = 1000)
  private String storedFile;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "uploaded_by", nullable = false, length = 64)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private OffsetDateTime uploadedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ImportStatus status;

  @Column(name = "started_at")
  private OffsetDateTime startedAt;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  @Column(name = "rows_read", nullable = false)
  private long rowsRead;

  @Column(name = "rows_imported", nullable = false)
  private long rowsImported;

  @Column(name = "rows_duplicate", nullable = false)
  private long rowsDuplicate;

  @Column(name = "rows_rejected", nullable = false)
  private long rowsRejected;

  @Column(name = "checkpoint_line", nullable = false)
  private long checkpointLine;

  @Column(length = MESSAGE_MAX)
  private String message;

  /**
   * The instance that has the job in hand (queued on its executor, or running it), or last had it;
   * null on a job uploaded before runners were recorded.
   */
  @Column(length = RUNNER_MAX)
  private String runner;

  /** When the runner last said it is alive; null until it first does (the upload time stands in). */
  @Column(name = "heartbeat_at")
  private OffsetDateTime heartbeatAt;

  @Version
  private long version;

  protected ImportJob() {}

  /** A file received and stored, waiting to be read by the runner of the instance that received it. */
  public ImportJob(ImportFormat format, String organisationCode, String fileName, String storedFile, long sizeBytes,
      String uploadedBy, String runner) {
    this.format = Objects.requireNonNull(format, "format");
    this.organisationCode = organisationCode;
    this.fileName = cleanFileName(fileName);
    this.storedFile = Objects.requireNonNull(storedFile, "storedFile");
    this.sizeBytes = sizeBytes;
    this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    this.uploadedAt = now();
    this.status = ImportStatus.QUEUED;
    this.runner = requireRunner(runner);
  }

  /** The name a person gave the file, without any folder, cut to fit; "upload.csv" when none was given. */
  public static String cleanFileName(String name) {
    if (name == null || name.isBlank()) {
      return "upload.csv";
    }
    String base = name.strip().replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
    if (base.isBlank()) {
      return "upload.csv";
    }
    return base.length() > FILE_NAME_MAX ? base.substring(0, FILE_NAME_MAX) : base;
  }

  /**
   * The runner takes the job: only a queued job can start. A note left by a takeover stays, so that
   * people following the job see why it paused and that nothing was lost.
   */
  public void start(String runner) {
    if (status != ImportStatus.QUEUED) {
      throw new IllegalStateException("Import " + id + " is " + status.name().toLowerCase() + ", not queued.");
    }
    this.runner = requireRunner(runner);
    status = ImportStatus.RUNNING;
    heartbeatAt = now();
    if (startedAt == null) {
      startedAt = now();
    }
  }

  /** Whether the job is running and its runner is this one (and so may write it and finish it). */
  public boolean isRunBy(String runner) {
    return status == ImportStatus.RUNNING && this.runner != null && this.runner.equals(runner);
  }

  /**
   * Whether the job is waiting or running but its runner has said nothing since before the cut-off
   * (now less the lease): that instance stopped, or is too stuck to write. A job its runner never
   * beat for (just uploaded, or from a version without heartbeats) counts from its upload.
   */
  public boolean isAbandoned(OffsetDateTime cutOff) {
    Objects.requireNonNull(cutOff, "cutOff");
    return status.isActive() && lastSignOfLife().isBefore(cutOff);
  }

  /** When the job's runner last said it is alive: its heartbeat, or the upload when it has none. */
  public OffsetDateTime lastSignOfLife() {
    return heartbeatAt != null ? heartbeatAt : uploadedAt;
  }

  /**
   * Another runner takes over an abandoned job: it is queued again for that runner and goes on
   * after its checkpoint (the natural keys keep anything from being added twice). The old runner,
   * should it wake up, finds the job no longer names it and writes nothing more.
   *
   * @throws IllegalStateException when the job is not queued or running, or not abandoned at the cut-off
   */
  public void takeOver(String runner, OffsetDateTime cutOff) {
    if (!status.isActive()) {
      throw new IllegalStateException("Import " + id + " is " + status.name().toLowerCase()
          + "; only a queued or running import can be taken over.");
    }
    if (!isAbandoned(cutOff)) {
      throw new IllegalStateException("Import " + id + "'s runner said it was alive at " + lastSignOfLife()
          + ", not before " + cutOff + "; it is not abandoned.");
    }
    message = cut(status == ImportStatus.QUEUED
        ? "The instance this import was waiting for stopped before taking it up; another took it on."
        : checkpointLine > 0
            ? "The instance running this import stopped after line " + checkpointLine + "; another carried on from there."
            : "The instance running this import stopped before it had settled any rows; another started it again.");
    status = ImportStatus.QUEUED;
    this.runner = requireRunner(runner);
    heartbeatAt = now();
  }

  /** Read to the end. The upload is no longer needed (the records and the report are kept). */
  public void complete() {
    requireRunning();
    status = ImportStatus.COMPLETED;
    finishedAt = now();
    storedFile = null;
  }

  /** The file as a whole cannot be imported; nothing was. */
  public void refuse(String reason) {
    requireRunning();
    status = ImportStatus.REFUSED;
    finishedAt = now();
    message = cut(reason);
    storedFile = null;
  }

  /** Stopped part-way: what was settled stays, the rest can be resumed after the checkpoint. */
  public void interrupt(String reason) {
    if (!status.isActive()) {
      throw new IllegalStateException("Import " + id + " is " + status.name().toLowerCase() + "; only a queued or running import can be interrupted.");
    }
    status = ImportStatus.INTERRUPTED;
    message = cut(reason);
  }

  /**
   * Queues an interrupted job again for the given runner; it goes on after the checkpoint, and what
   * is there already is not added twice. The heartbeat starts again, so that an old one does not make
   * the resumed job look abandoned.
   */
  public void resume(String runner) {
    if (status != ImportStatus.INTERRUPTED) {
      throw new IllegalStateException("Only an interrupted import can be resumed; import " + id + " is "
          + status.name().toLowerCase() + ".");
    }
    if (storedFile == null) {
      throw new IllegalStateException("The file of import " + id + " is no longer kept; upload it again (nothing will be added twice).");
    }
    this.runner = requireRunner(runner);
    status = ImportStatus.QUEUED;
    heartbeatAt = now();
    message = null;
  }

  private void requireRunning() {
    if (status != ImportStatus.RUNNING) {
      throw new IllegalStateException("Import " + id + " is " + status.name().toLowerCase() + ", not running.");
    }
  }

  private static String requireRunner(String runner) {
    if (runner == null || runner.isBlank() || runner.length() > RUNNER_MAX) {
      throw new IllegalArgumentException("A runner id is 1 to " + RUNNER_MAX + " characters, not \"" + runner + "\".");
    }
    return runner;
  }

  private static String cut(String text) {
    if (text == null) {
      return null;
    }
    return text.length() > MESSAGE_MAX ? text.substring(0, MESSAGE_MAX - 1) + "…" : text;
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public ImportFormat format() {
    return format;
  }

  public String organisationCode() {
    return organisationCode;
  }

  public String fileName() {
    return fileName;
  }

  public String storedFile() {
    return storedFile;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public OffsetDateTime uploadedAt() {
    return uploadedAt;
  }

  public ImportStatus status() {
    return status;
  }

  public OffsetDateTime startedAt() {
    return startedAt;
  }

  public OffsetDateTime finishedAt() {
    return finishedAt;
  }

  public long rowsRead() {
    return rowsRead;
  }

  public long rowsImported() {
    return rowsImported;
  }

  public long rowsDuplicate() {
    return rowsDuplicate;
  }

  public long rowsRejected() {
    return rowsRejected;
  }

  public long checkpointLine() {
    return checkpointLine;
  }

  public String message() {
    return message;
  }

  public String runner() {
    return runner;
  }

  public OffsetDateTime heartbeatAt() {
    return heartbeatAt;
  }
}
