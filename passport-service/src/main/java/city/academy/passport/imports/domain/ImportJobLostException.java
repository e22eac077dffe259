package city.academy.passport.imports.domain;

/**
 * A runner tried to write or finish a job that no longer names it: another instance took the job
 * over while this one was silent (a long pause, a lost connection). Nothing was written; the runner
 * lets go of the job and leaves it to the one that has it now.
 */
public class ImportJobLostException extends IllegalStateException {
  public ImportJobLostException(String message) {
    super(message);
  }
}
