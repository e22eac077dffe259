package city.academy.catalogue.api;

/** Declare (or change) one's equality monitoring answers: codes as in {@link EqualityDto}, or PREFER_NOT_TO_SAY. */
public record EqualityRequest(String ethnicity, String sex, String disability, String deprivationDecile) {}
