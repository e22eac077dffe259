package city.academy.passport.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What HR of a receiving organisation asks: which of this person's training already counts for
 * the new post, and what must be done before they start. Name the person by a share code they
 * gave you, or by passport identity if they already work for your organisation.
 *
 * <p>The canonical constructor is written out on purpose (see {@link PasswordCheckRequest}).
 */
public record TransferCheckRequest(
    @Size(max = 32, message = "A share code is at most 32 characters.") String shareCode,
    @Pattern(regexp = "[A-Z0-9-]{1,16}", message = "A passport identity looks like OWA-7K3M9QX2.") String personId,
    @NotBlank(message = "Name the receiving organisation.") @Size(max = 16) String organisationCode,
    @NotBlank(message = "Name the staff group of the new post.") @Size(max = 48) String staffGroup,
    @Size(max = 100) String jobRole,
    boolean clinical,
    boolean patientFacing,
    @NotNull(message = "Give the start date of the new post.") LocalDate startDate) {

  public TransferCheckRequest(
      String shareCode, String personId, String organisationCode, String staffGroup, String jobRole,
      boolean clinical, boolean patientFacing, LocalDate startDate) {
    this.shareCode = shareCode;
    this.personId = personId;
    this.organisationCode = organisationCode;
    this.staffGroup = staffGroup;
    this.jobRole = jobRole;
    this.clinical = clinical;
    this.patientFacing = patientFacing;
    this.startDate = startDate;
  }
}
