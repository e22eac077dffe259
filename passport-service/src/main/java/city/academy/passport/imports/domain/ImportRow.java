package city.academy.passport.imports.domain;

import java.time.LocalDate;

/**
 * One row of a file, read and checked on its own: the person is not matched yet.
 *
 * @param line the line of the file where the row starts (the header is line 1)
 * @param organisationCode the employer's organisation code, upper case
 * @param employeeNumber the person's employee number at that organisation, as written (trimmed)
 * @param achievement what was done
 * @param completedOn the day it was done (never in the future)
 * @param expiresOn the expiry the file gives, or null (after {@code completedOn} when given)
 */
public record ImportRow(
    long line, String organisationCode, String employeeNumber, Achievement achievement, LocalDate completedOn,
    LocalDate expiresOn) {}
