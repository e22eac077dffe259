package city.academy.passport.imports.domain;

/**
 * A row that was not imported, and why, in words the person who sent the file can act on.
 *
 * @param line the line of the file where the row starts (the header is line 1)
 * @param column the column's name as the file's header spells it, or null when the row as a whole
 * @param value the value found (at most 200 characters), or null
 * @param reason what is wrong and, where it helps, how to put it right
 */
public record RowProblem(long line, String column, String value, String reason) {}
