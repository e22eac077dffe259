package city.academy.systemtests.api.catalogue;

import city.academy.systemtests.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;

/**
 * Tokens for made-up people, signed as the portal signs them, for tests that need people the demo
 * city has no login for (another organisation's provider, hundreds of learners). The catalogue
 * takes who they are from the token; only the line-manager lookup asks the passport.
 */
final class People {
  private People() {}

  /** A fresh passport-like identity, e.g. {@code TST-1A2B3C4D}. */
  static String newPersonId() {
    return "TST-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
  }

  static String staffOf(String organisation) {
    return staffOf(newPersonId(), organisation);
  }

  static String staffOf(String personId, String organisation) {
    return token(personId, List.of("STAFF"), List.of(organisation), List.of());
  }

  /** A course provider (training team member) of an organisation, employed there. */
  static String providerOf(String organisation) {
    return token(newPersonId(), List.of("STAFF", "PROVIDER"), List.of(organisation), List.of(organisation));
  }

  static String lineManagerAt(String organisation) {
    return token(newPersonId(), List.of("STAFF", "LINE_MANAGER"), List.of(organisation), List.of());
  }

  static String token(String personId, List<String> roles, List<String> organisations, List<String> providerFor) {
    return Tokens.forPrincipal(principal(personId, roles, organisations, providerFor));
  }

  /** Who the person is, as a password check describes them (to sign for any platform). */
  static JsonObject principal(String personId, List<String> roles, List<String> organisations, List<String> providerFor) {
    JsonArrayBuilder employments = Json.createArrayBuilder();
    organisations.forEach(o -> employments.add(Json.createObjectBuilder().add("organisationCode", o)));
    return Json.createObjectBuilder()
        .add("username", personId.toLowerCase())
        .add("personId", personId)
        .add("displayName", "Test person " + personId.substring(4))
        .add("roles", Json.createArrayBuilder(roles))
        .add("employments", employments)
        .add("hrAdminOf", Json.createArrayBuilder())
        .add("providerFor", Json.createArrayBuilder(providerFor))
        .build();
  }
}
