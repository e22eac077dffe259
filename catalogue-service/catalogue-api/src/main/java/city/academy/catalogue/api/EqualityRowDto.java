package city.academy.catalogue.api;

/** One answer's counts; each may be suppressed. */
public record EqualityRowDto(String code, String label, CellDto apprentices, CellDto withdrawn, CellDto achieved) {}
