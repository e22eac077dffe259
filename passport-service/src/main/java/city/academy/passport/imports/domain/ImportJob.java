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
 */
@Entity
@Table(name = "import_job")
public class ImportJob {
  public static final int FILE_NAME_MAX = 255;
  public static final int MESSAGE_MAX = 2000;

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

  @Version
  private long version;

  protected ImportJob() {}

  /** A file received and stored, waiting to be read. */
  public ImportJob(ImportFormat format, String organisationCode, String fileName, String storedFile, long sizeBytes,
      String uploadedBy) {
    this.format = Objects.requireNonNull(format, "format");
    this.organisationCode = organisationCode;
    this.fileName = cleanFileName(fileName);
    this.storedFile = Objects.requireNonNull(storedFile, "storedFile");
    this.sizeBytes = sizeBytes;
    this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    this.uploadedAt = now();
    this.status = ImportStatus.QUEUED;
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

  /** The runner takes the job: only a queued job can start. */
  public void start() {
    if (status != ImportStatus.QUEUED) {
      throw new IllegalStateException("Import " + id + " is " + status.name().toLowerCase() + ", not queued.");
    }
    status = ImportStatus.RUNNING;
    if (startedAt == null) {
      startedAt = now();
    }
    message = null;
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

  /** Queues an interrupted job again; it goes on after the checkpoint, and what is there already is not added twice. */
  public void resume() {
    if (status != ImportStatus.INTERRUPTED) {
      throw new IllegalStateException("Only an interrupted import can be resumed; import " + id + " is "
          + status.name().toLowerCase() + ".");
    }
    if (storedFile == null) {
      throw new IllegalStateException("The file of import " + id + " is no longer kept; upload it again (nothing will be added twice).");
    }
    status = ImportStatus.QUEUED;
    message = null;
  }

  private void requireRunning() {
    if (status != ImportStatus.RUNNING) {
      throw new IllegalStateException("Import " + id + " is " + status.name().toLowerCase() + ", not running.");
    }
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
}
