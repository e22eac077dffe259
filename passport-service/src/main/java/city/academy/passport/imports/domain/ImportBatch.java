package city.academy.passport.imports.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a batch of a file's rows comes to, ready to be written in one transaction: the records to
 * add (each with its natural key), the rows refused, and how far the file has been read.
 *
 * @param records records to add, unless their natural key is already there
 * @param problems rows refused, with their reasons
 * @param rowsRead rows of the file this batch settles (records + problems)
 * @param checkpointLine the last line of the file this batch settles
 */
public record ImportBatch(List<NewRecord> records, List<RowProblem> problems, long rowsRead, long checkpointLine) {

  public ImportBatch {
    records = List.copyOf(records);
    problems = List.copyOf(problems);
  }

  /**
   * A training record a row asks for, with its person found.
   *
   * @param line the row's line in the file
   * @param personId the person's database id
   * @param organisationId the database id of the organisation whose system recorded it (attests it)
   * @param subjectCode framework subject, or null
   * @param levelCode framework level, or null
   * @param courseTitle the course (CPD) or the local competence's title, or null
   * @param localCode the local requirement met, or null
   * @param completedOn completion day
   * @param expiresOn expiry day (the framework's or the local requirement's), or null
   * @param naturalKey unique per person, achievement, completion day and sending system
   * @param evidence where it came from, for people reading the record ("file.csv, line 12")
   */
  public record NewRecord(
      long line, long personId, long organisationId, String subjectCode, String levelCode, String courseTitle,
      String localCode, LocalDate completedOn, LocalDate expiresOn, String naturalKey, String evidence) {}
}
