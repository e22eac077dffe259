package city.academy.passport.api;

/** A person's new email address. */
public record EmailChangeRequest(String email) {}
