package city.academy.catalogue.api;

/**
 * A published count: {@code value} is null when {@code suppressed} (1 to 4 people, or a cell hidden
 * so that a suppressed one cannot be worked out from the total).
 */
public record CellDto(Long value, boolean suppressed) {}
