package city.academy.passport.api;

/**
 * Where to write to a person: for a service sending them email (the catalogue's outbox), never for
 * people. {@code email} is null when the passport has none.
 */
public record ContactDto(String personId, String name, String email) {}
