package city.academy.passport.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A username and password to check. */
public record PasswordCheckRequest(
    @NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {}
