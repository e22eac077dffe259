package city.academy.catalogue.api;

/** A count under a code and its words. */
public record CountDto(String code, String label, long count) {}
