package city.academy.passport.api;

/**
 * A row of an imported file that was not imported.
 *
 * @param line the line of the file where the row starts (the header is line 1)
 * @param column the column at fault as the file's header names it, or null for the row as a whole
 * @param value the value found, or null
 * @param reason what is wrong, in words the sender can act on
 */
public record ImportRejectionDto(long line, String column, String value, String reason) {}
