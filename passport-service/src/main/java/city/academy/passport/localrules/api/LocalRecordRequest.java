package city.academy.passport.localrules.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One of the organisation's staff completed one of its local requirements.
 *
 * <p>The canonical constructor is written out on purpose (see {@code PasswordCheckRequest}).
 */
public record LocalRecordRequest(
    @NotBlank(message = "Say whose record this is.") @Size(max = 16) String personId,
    @NotBlank(message = "Name the local requirement.") @Size(max = 32) String localCode,
    @NotNull(message = "Give the completion date.") LocalDate completedOn,
    @Size(max = 200, message = "An evidence reference is at most 200 characters.") String evidenceReference) {

  public LocalRecordRequest(String personId, String localCode, LocalDate completedOn, String evidenceReference) {
    this.personId = personId;
    this.localCode = localCode;
    this.completedOn = completedOn;
    this.evidenceReference = evidenceReference;
  }
}
