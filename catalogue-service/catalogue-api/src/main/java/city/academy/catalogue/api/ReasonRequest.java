package city.academy.catalogue.api;

import jakarta.validation.constraints.Size;

/**
 * Why something is cancelled (optional; shown to the people it affects).
 *
 * <p>The canonical constructor is written out on purpose (see {@link SessionRequest}).
 */
public record ReasonRequest(@Size(max = 500, message = "A reason is at most 500 characters.") String reason) {

  public ReasonRequest(String reason) {
    this.reason = reason;
  }
}
