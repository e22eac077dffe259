package city.academy.passport.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A username and password to check.
 *
 * <p>The canonical constructor is written out on purpose: an implicit one would carry the
 * constraints onto its parameters, where Payara 6.2025.10's OpenAPI generator fails on them
 * (payara/Payara#7649). Write request records the same way until Payara is upgraded.
 */
public record PasswordCheckRequest(
    @NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {

  public PasswordCheckRequest(String username, String password) {
    this.username = username;
    this.password = password;
  }
}
