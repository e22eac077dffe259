package city.academy.web.passport;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One entry of the person's training record as the page shows it (other training, history).
 *
 * @param id the entry's number
 * @param training what was done: the subject and level by name, or the course title
 * @param course the course behind a framework record, if any (empty when it is {@code training})
 * @param completedOn when it was done
 * @param expiresOn first day it is no longer valid; {@code null} if it never expires
 * @param source how it came in, in words
 * @param attestedBy the organisation that delivered or attested it, by name
 * @param enteredBy who entered it
 * @param enteredAt when it was entered
 * @param change what the entry does, in words: "New record", "Correction of entry 12"
 * @param reason why a correction or withdrawal was made; empty otherwise
 * @param supersededBy "Corrected by entry 15" when a later entry replaces this one; empty otherwise
 * @param evidence the evidence behind a record entered by hand (a certificate number); empty otherwise
 */
public record RecordRow(
    long id,
    String training,
    String course,
    LocalDate completedOn,
    LocalDate expiresOn,
    String source,
    String attestedBy,
    String enteredBy,
    OffsetDateTime enteredAt,
    String change,
    String reason,
    String supersededBy,
    String evidence) {

  /** Whether a later entry corrects or withdraws this one. */
  public boolean isSuperseded() {
    return supersededBy != null && !supersededBy.isEmpty();
  }

  /** The row's style: {@code record-superseded} for a replaced entry. */
  public String styleClass() {
    return isSuperseded() ? "record record-superseded" : "record";
  }
}
