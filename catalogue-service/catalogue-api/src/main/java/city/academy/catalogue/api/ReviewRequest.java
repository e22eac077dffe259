package city.academy.catalogue.api;

/** Record a progress review: date yyyy-mm-dd (not in the future), who attended, notes. */
public record ReviewRequest(String date, String attendees, String notes) {}
