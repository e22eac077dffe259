package city.academy.passport.imports.domain;

/** Where an import job stands. */
public enum ImportStatus {
  /** Uploaded, waiting for the background runner. */
  QUEUED,
  /** Being read; the counters grow batch by batch. */
  RUNNING,
  /** Read to the end: every row imported, a duplicate, or rejected with a reason. */
  COMPLETED,
  /** The file as a whole was refused before anything was imported (not CSV, a column missing...). */
  REFUSED,
  /** Stopped part-way (the service stopped, or an error): resumable after the checkpoint. */
  INTERRUPTED;

  /** Whether the job is waiting or being worked on. */
  public boolean isActive() {
    return this == QUEUED || this == RUNNING;
  }
}
