package city.academy.passport.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Record training by hand, with its evidence. The organisation that attests it must be yours.
 * The expiry date is derived from the framework.
 *
 * <p>The canonical constructor is written out on purpose (see {@link PasswordCheckRequest}).
 */
public record ManualRecordRequest(
    @NotBlank(message = "Say whose record this is.") @Pattern(regexp = "[A-Z0-9-]{1,16}", message = "A passport identity looks like OWA-7K3M9QX2.") String personId,
    @NotBlank(message = "Name the framework subject.") @Size(max = 48) String subject,
    @NotBlank(message = "Name the level.") @Size(max = 16) String level,
    @NotNull(message = "Give the completion date.") LocalDate completedOn,
    @NotBlank(message = "Name the organisation that delivered or attests the training.") @Size(max = 16) String attestedBy,
    @NotBlank(message = "A manual record needs its evidence: a certificate number or a file reference.") @Size(max = 200, message = "An evidence reference is at most 200 characters.") String evidenceReference) {

  public ManualRecordRequest(String personId, String subject, String level, LocalDate completedOn, String attestedBy, String evidenceReference) {
    this.personId = personId;
    this.subject = subject;
    this.level = level;
    this.completedOn = completedOn;
    this.attestedBy = attestedBy;
    this.evidenceReference = evidenceReference;
  }
}
