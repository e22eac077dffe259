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

  /**
   * Endpoints that are public on purpose: the passport credentials' verification side (CredentialsIT). The calendar
   * feed: calendar clients cannot send a token, so its unguessable address is the key
   * (CalendarFeedIT; the catalogue's PublicEndpointsTest lists it too).
   */
  private static final Set<String> PUBLIC = Set.of("/catalogue/api/calendar/X1.ics",
      // a verifier needs no account: the keys, the revocation list, who issues, and the checks (rate-limited)
      "/passport/api/credentials/jwks.json", "/passport/api/credentials/status/X1", "/passport/api/credentials/issuer",
      "/passport/api/credentials/verify", "/passport/api/credentials/X1/verification");

  private static List<String[]> endpoints;
  private static JsonObject staff;

  @BeforeAll
  static void readOpenApi() {
    Api.Reply reply = Api.get("/openapi", null);
    assertThat(reply.status()).as("OpenAPI is public").isEqualTo(200);
    JsonObject document = reply.object();
    JsonObject paths = document.getJsonObject("paths");
    // Payara merges the applications' documents: paths are relative to one of the servers (the
    // services' context roots), without saying which. A path belongs to the service where JAX-RS
    // knows it, i.e. where the answer is not "nothing at this address".
    List<String> roots = document.getJsonArray("servers").getValuesAs(JsonObject.class).stream()
        .map(server -> java.net.URI.create(server.getString("url")).getPath().replaceAll("/$", ""))
        .filter(root -> !root.isEmpty())
        .toList();
    assertThat(roots).contains("/passport", "/catalogue");
    endpoints = new ArrayList<>();
    List<String> homeless = new ArrayList<>();
    for (String path : paths.keySet()) {
      for (String method : paths.getJsonObject(path).keySet()) {
        if (!HTTP_METHODS.contains(method)) {
          continue;
        }
        List<String> owners = roots.stream().filter(root -> knows(method.toUpperCase(), root + concrete(path))).toList();
        if (owners.isEmpty()) {
          homeless.add(method + " " + path);
        }
        owners.forEach(root -> endpoints.add(new String[] {method.toUpperCase(), root + concrete(path)}));
      }
    }
    assertThat(homeless).as("documented endpoints no service answers").isEmpty();
    staff = Api.principal("staff");
  }

  private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "delete", "patch");

  private static boolean knows(String method, String path) {
    Api.Reply reply = Api.send(method, path, null, "application/json", method.equals("GET") ? null : "{}");
    return !(reply.status() == 404 && reply.text().contains("There is nothing at this address."));
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
  void thePublicEndpointsAreInTheDocument() {
    assertThat(endpoints).extracting(e -> e[1]).containsAll(PUBLIC);
  }

  /**
   * The apprenticeship API (the portal's ApprenticeshipClient) is in the document, so the checks
   * above cover each of its endpoints; none of them is public.
   */
  @Test
  void theApprenticeshipEndpointsAreInTheDocument() {
    String a = "GET /catalogue/api/apprenticeships";
    String w = "POST /catalogue/api/apprenticeships";
    List<String> expected = List.of(a + "/programmes", w + "/programmes", a + "/cohorts", w + "/cohorts", a + "/cohorts/X1",
        a + "/cohorts/X1/apprentices", w + "/cohorts/X1/apprentices", a + "/cohorts/X1/report", a + "/cohorts/X1/report/csv",
        a + "/cohorts/X1/report/xlsx", a + "/report", a + "/report/csv", a + "/report/xlsx", a + "/apprentices",
        a + "/apprentices/mine", a + "/apprentices/managed", a + "/apprentices/X1", w + "/apprentices/X1/transitions",
        a + "/apprentices/X1/otj", w + "/apprentices/X1/otj", w + "/apprentices/X1/otj/X1/decision", a + "/apprentices/X1/reviews",
        w + "/apprentices/X1/reviews", a + "/apprentices/X1/equality", a + "/equality/me", "PUT /catalogue/api/apprenticeships/equality/me",
        a + "/reference/X1");
    assertThat(endpoints).extracting(e -> e[0] + " " + e[1]).containsAll(expected);
    assertThat(PUBLIC).noneMatch(p -> p.startsWith("/catalogue/api/apprenticeships"));
  }

  @Test
  void healthMetricsAndOpenApiArePublic() {
    assertThat(Api.get("/health/ready", null).status()).isEqualTo(200);
    assertThat(Api.get("/health/live", null).status()).isEqualTo(200);
    assertThat(Api.send("GET", "/metrics", null, null, null, "text/plain").status()).isEqualTo(200);
  }

  private static void assertAllRefused(String token, String what) {
    List<String> accepted = new ArrayList<>();
    for (String[] endpoint : endpoints) {
      if (PUBLIC.contains(endpoint[1])) {
        continue;
      }
      Api.Reply reply = Api.send(endpoint[0], endpoint[1], token, "application/json", endpoint[0].equals("GET") ? null : "{}", "*/*");
      if (reply.status() != 401 || !reply.isProblem()) {
        accepted.add(endpoint[0] + " " + endpoint[1] + " -> " + reply);
      }
    }
    assertThat(accepted).as("endpoints that did not answer 401 problem+json to a call with " + what).isEmpty();
  }
}
