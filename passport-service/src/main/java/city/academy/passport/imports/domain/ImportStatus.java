package city.academy.passport.imports.domain;

/** Where an import job stands. */
public enum ImportStatus {
  /** Uploaded (or resumed, or taken over from an instance that stopped), waiting for the background runner. */
  QUEUED,
  /** Being read; the counters grow batch by batch. */
  RUNNING,
  /** Read to the end: every row imported, a duplicate, or rejected with a reason. */
  COMPLETED,
  /** The file as a whole was refused before anything was imported (not CSV, a column missing...). */
  REFUSED,
  /**
   * Stopped part-way by an error: resumable after the checkpoint by a person. (An instance that
   * stops leaves its jobs to be taken over by another, or by itself once started again.)
   */
  INTERRUPTED;

  /** Whether the job is waiting or being worked on. */
  public boolean isActive() {
    return this == QUEUED || this == RUNNING;
  }
}
