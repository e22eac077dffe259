package city.academy.passport.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A post ends: the last day worked. The person keeps their passport.
 *
 * <p>The canonical constructor is written out on purpose (see {@link PasswordCheckRequest}).
 */
public record EmploymentEndRequest(@NotNull(message = "Give the last day of the post.") LocalDate endDate) {

  public EmploymentEndRequest(LocalDate endDate) {
    this.endDate = endDate;
  }
}
