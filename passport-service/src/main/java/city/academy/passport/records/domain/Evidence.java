package city.academy.passport.records.domain;

import java.time.LocalDate;

/**
 * What the passport needs to know of a training record. Implemented by the {@link TrainingRecord}
 * entity, and by light rows read in bulk for compliance over thousands of people.
 */
public interface Evidence {
  Long id();

  /** Framework subject, or null for CPD. */
  String subjectCode();

  String levelCode();

  LocalDate completedOn();

  /** First day no longer valid; null if it never expires. */
  LocalDate expiresOn();

  boolean isRevocation();

  /** The entry this one corrects or revokes, if any. */
  Long supersededId();

  /** For a local record, the code of the local requirement it meets; null otherwise. */
  default String localCode() {
    return null;
  }

  /** A framework record (not CPD, not a revocation): it can meet a requirement. */
  default boolean isFrameworkEvidence() {
    return subjectCode() != null && !isRevocation();
  }

  /** Valid on a day before its expiry date; expired from the expiry date on. */
  default boolean isValidOn(LocalDate day) {
    return !completedOn().isAfter(day) && (expiresOn() == null || day.isBefore(expiresOn()));
  }
}
