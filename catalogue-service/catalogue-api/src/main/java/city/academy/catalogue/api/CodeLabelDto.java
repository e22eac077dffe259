package city.academy.catalogue.api;

/** A code and its words, for choice lists. */
public record CodeLabelDto(String code, String label) {}
