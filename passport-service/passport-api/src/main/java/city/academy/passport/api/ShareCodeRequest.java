package city.academy.passport.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * Issue a share code.
 *
 * <p>The canonical constructor is written out on purpose (see {@link PasswordCheckRequest}).
 *
 * @param validDays how long it works, 1 to 90 days (default 28)
 * @param organisationCode if set, only this organisation's HR can use it
 */
public record ShareCodeRequest(
    @Min(value = 1, message = "A share code lasts at least 1 day.")
        @Max(value = 90, message = "A share code lasts at most 90 days.")
        Integer validDays,
    @Pattern(regexp = "[A-Z0-9]{2,16}", message = "An organisation code is 2 to 16 capital letters or digits.")
        String organisationCode) {

  public ShareCodeRequest(Integer validDays, String organisationCode) {
    this.validDays = validDays;
    this.organisationCode = organisationCode;
  }
}
