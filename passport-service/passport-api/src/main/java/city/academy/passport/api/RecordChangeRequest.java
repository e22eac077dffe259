package city.academy.passport.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Correct or revoke a record: always with a reason. For a correction, the corrected level and/or
 * completion date (what is not given stays as it was); a revocation needs only the reason.
 *
 * <p>The canonical constructor is written out on purpose (see {@link PasswordCheckRequest}).
 */
public record RecordChangeRequest(
    @Size(max = 16) String level,
    LocalDate completedOn,
    @NotBlank(message = "Say why the record is corrected or revoked.") @Size(max = 500, message = "A reason is at most 500 characters.") String reason) {

  public RecordChangeRequest(String level, LocalDate completedOn, String reason) {
    this.level = level;
    this.completedOn = completedOn;
    this.reason = reason;
  }
}
