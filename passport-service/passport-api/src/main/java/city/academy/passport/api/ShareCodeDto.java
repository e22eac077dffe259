package city.academy.passport.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A share code. The code itself is shown once, when it is issued; afterwards only its last
 * characters ({@code hint}).
 *
 * @param id number, to revoke it by
 * @param code the code to hand over (only in the answer that issues it)
 * @param hint its last four characters
 * @param issuedAt when it was issued
 * @param validUntil the last day it works
 * @param organisationCode the only organisation that may use it, if limited
 * @param status ACTIVE, EXPIRED or REVOKED
 */
public record ShareCodeDto(
    long id, String code, String hint, OffsetDateTime issuedAt, LocalDate validUntil, String organisationCode, String status) {}
