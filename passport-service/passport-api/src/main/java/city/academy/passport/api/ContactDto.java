package city.academy.passport.api;

import java.util.List;

/**
 * Where to write to a person: for a service sending them email (the catalogue's outbox), never for
 * people. {@code email} is null when the passport has none.
 *
 * @param organisations codes of the person's current employers (whose HR admins hear of an address
 *     that does not work)
 */
public record ContactDto(String personId, String name, String email, List<String> organisations) {}
