package city.academy.passport.imports.infrastructure;

/**
 * What one pass of {@link CsvImportReader#read} did.
 *
 * @param rowsRead rows passed to the sink, readable rows and problems together
 * @param lastLine the line where the last row passed to the sink starts, or the {@code afterLine}
 *     the read was asked to resume after when no row was passed: resuming after it misses nothing
 */
public record ReadSummary(long rowsRead, long lastLine) {}
