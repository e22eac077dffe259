package city.academy.passport.imports.domain;

/**
 * A whole file refused before anything is imported: not text, not CSV, or a required column
 * missing. The message says what to change, in plain words.
 */
public class ImportFileRefusedException extends RuntimeException {
  public ImportFileRefusedException(String message) {
    super(message);
  }
}
