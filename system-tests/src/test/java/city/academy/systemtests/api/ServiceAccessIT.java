package city.academy.systemtests.api;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import city.academy.systemtests.Tokens;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every service endpoint, as listed in the published OpenAPI document (so a new endpoint is covered
 * the day it is added), refuses a call without a token and with a bad one.
 */
@ExtendWith(PlatformExtension.class)
class ServiceAccessIT {

  /** Endpoints that are public on purpose. None yet; the passport verify endpoint will be one. */
  private static final Set<String> PUBLIC = Set.of();

  private static List<String[]> endpoints;
  private static JsonObject staff;

  @BeforeAll
  static void readOpenApi() {
    Api.Reply reply = Api.get("/openapi", null);
    assertThat(reply.status()).as("OpenAPI is public").isEqualTo(200);
    JsonObject paths = reply.object().getJsonObject("paths");
    endpoints = new ArrayList<>();
    for (String path : paths.keySet()) {
      for (String method : paths.getJsonObject(path).keySet()) {
        endpoints.add(new String[] {method.toUpperCase(), concrete(path)});
      }
    }
    staff = Api.principal("staff");
  }

  /** /passport/api/people/{personId} becomes /passport/api/people/X1 */
  private static String concrete(String path) {
    return path.replaceAll("\\{[^}]+}", "X1");
  }

  @Test
  void theDocumentListsBothServices() {
    assertThat(endpoints).extracting(e -> e[1])
        .anyMatch(p -> p.startsWith("/passport/api/"))
        .anyMatch(p -> p.startsWith("/catalogue/api/"));
  }

  @Test
  void everyEndpointRefusesACallWithoutAToken() {
    assertAllRefused(null, "no token");
  }

  @Test
  void everyEndpointRefusesAnExpiredToken() {
    assertAllRefused(Tokens.expiredFor(staff), "expired token");
  }

  @Test
  void everyEndpointRefusesATamperedToken() {
    assertAllRefused(Tokens.tampered(Tokens.forPrincipal(staff)), "tampered token");
  }

  @Test
  void everyEndpointRefusesATokenSignedByAnotherKey() {
    assertAllRefused(Tokens.signedByAnotherKey(staff), "token signed by another key");
  }

  @Test
  void everyEndpointRefusesAnUnsignedToken() {
    assertAllRefused(Tokens.unsigned(Tokens.forPrincipal(staff)), "unsigned token");
  }

  @Test
  void healthMetricsAndOpenApiArePublic() {
    assertThat(Api.get("/health/ready", null).status()).isEqualTo(200);
    assertThat(Api.get("/health/live", null).status()).isEqualTo(200);
    assertThat(Api.get("/metrics", null).status()).isEqualTo(200);
  }

  private static void assertAllRefused(String token, String what) {
    List<String> accepted = new ArrayList<>();
    for (String[] endpoint : endpoints) {
      if (PUBLIC.contains(endpoint[1])) {
        continue;
      }
      Api.Reply reply = Api.send(endpoint[0], endpoint[1], token, "application/json", endpoint[0].equals("GET") ? null : "{}");
      if (reply.status() != 401 || !reply.isProblem()) {
        accepted.add(endpoint[0] + " " + endpoint[1] + " -> " + reply);
      }
    }
    assertThat(accepted).as("endpoints that did not answer 401 problem+json to a call with " + what).isEmpty();
  }
}
