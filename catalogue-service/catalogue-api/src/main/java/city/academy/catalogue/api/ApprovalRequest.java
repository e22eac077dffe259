package city.academy.catalogue.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A line manager's answer to a booking that needs approval.
 *
 * <p>The canonical constructor is written out on purpose (see {@link SessionRequest}).
 *
 * @param approved true to approve, false to refuse
 * @param note optional, shown to the learner
 */
public record ApprovalRequest(
    @NotNull(message = "Say whether you approve: \"approved\": true or false.") Boolean approved,
    @Size(max = 500, message = "A note is at most 500 characters.") String note) {

  public ApprovalRequest(Boolean approved, String note) {
    this.approved = approved;
    this.note = note;
  }
}
