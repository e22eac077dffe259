package city.academy.passport.records.domain;

import city.academy.passport.people.domain.Person;
import java.util.List;

/** Where training records are kept. Append-only: there is no update and no delete. */
public interface TrainingRecordRepository {
  /** Every entry of a person's history, newest first. */
  List<TrainingRecord> historyOf(Person person);

  TrainingRecord add(TrainingRecord record);
}
