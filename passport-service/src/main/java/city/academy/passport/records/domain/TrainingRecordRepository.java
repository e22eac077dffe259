package city.academy.passport.records.domain;

import city.academy.passport.people.domain.Person;
import java.util.List;

/** Where training records are kept. Append-only: there is no update and no delete. */
public interface TrainingRecordRepository {
  /** Every entry of a person's history, newest first. */
  List<TrainingRecord> historyOf(Person person);

  TrainingRecord add(TrainingRecord record);

  java.util.Optional<TrainingRecord> byId(long id);

  /** The record made for a sender's completion reference, if it has been recorded. */
  java.util.Optional<TrainingRecord> bySourceReference(String reference);

  /**
   * Writes the pending record now.
   *
   * @return false when the database refused it as a duplicate of a record just made by another request
   */
  boolean flushUnlessDuplicate();

  /** Has a later entry corrected or revoked this one? */
  boolean isSuperseded(TrainingRecord record);

  /** Is this completion already on the person's record, from the same source, and in force? */
  boolean holds(Person person, String subject, String level, java.time.LocalDate completedOn, TrainingRecord.Source source);
}
