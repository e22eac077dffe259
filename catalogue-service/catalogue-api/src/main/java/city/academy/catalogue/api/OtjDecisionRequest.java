package city.academy.catalogue.api;

/** Confirm (true) or reject (false, with a note saying why) a logged entry. */
public record OtjDecisionRequest(Boolean confirmed, String note) {}
