package city.academy.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A small HTTP client for the services' REST APIs: of the platform {@link PlatformExtension}
 * started, or of another one through {@link #at}.
 */
public final class Api {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Api() {}

  /** An answer: status, content type, body as text and (when JSON) parsed. */
  public record Reply(int status, String contentType, String text) {
    public JsonStructure json() {
      try (var reader = Json.createReader(new StringReader(text))) {
        return reader.read();
      }
    }

    public JsonObject object() {
      return (JsonObject) json();
    }

    public boolean isProblem() {
      return contentType.startsWith("application/problem+json");
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + text;
    }
  }

  public static Reply get(String path, String token) {
    return send(request(path, token).GET());
  }

  public static Reply post(String path, String token, String json) {
    return send(request(path, token).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public static Reply send(String method, String path, String token, String contentType, String body) {
    return send(method, path, token, contentType, body, "application/json");
  }

  public static Reply send(String method, String path, String token, String contentType, String body, String accept) {
    HttpRequest.Builder builder = request(path, token).setHeader("Accept", accept);
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
  }

  private static HttpRequest.Builder request(String path, String token) {
    return request(PlatformExtension.baseUrl(), path, token);
  }

  private static HttpRequest.Builder request(String baseUrl, String path, String token) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private static Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Signs in a demo user through the passport service (as the portal does) and returns who they are. */
  public static JsonObject principal(String username) {
    return signedIn(post("/passport/api/auth/password", Tokens.system(), signIn(username)), username);
  }

  /** A valid token for a demo user. */
  public static String tokenFor(String username) {
    return Tokens.forPrincipal(principal(username));
  }

  private static String signIn(String username) {
    return Json.createObjectBuilder().add("username", username).add("password", "academy").build().toString();
  }

  private static JsonObject signedIn(Reply reply, String username) {
    if (reply.status() != 200) {
      throw new IllegalStateException("Demo sign-in of " + username + " failed: " + reply);
    }
    return reply.object();
  }

  /** The same calls against a platform a test started itself. */
  public static Target at(String baseUrl, Path dataDirectory) {
    return new Target(baseUrl, dataDirectory);
  }

  /**
   * A platform other than the shared one.
   *
   * @param baseUrl e.g. {@code http://127.0.0.1:18110}
   * @param dataDirectory its data folder (the token key is there)
   */
  public record Target(String baseUrl, Path dataDirectory) {
    public Reply get(String path, String token) {
      return send(request(baseUrl, path, token).GET());
    }

    public Reply post(String path, String token, String json) {
      return send(request(baseUrl, path, token).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The portal's own token for this platform. */
    public String systemToken() {
      return Tokens.system(dataDirectory);
    }

    /** A token for a person, signed as this platform's portal signs them. */
    public String tokenFor(JsonObject principal) {
      return Tokens.forPrincipal(principal, dataDirectory);
    }

    /** Signs in a demo user through this platform's passport service. */
    public JsonObject principal(String username) {
      return signedIn(post("/passport/api/auth/password", systemToken(), signIn(username)), username);
    }

    public String tokenFor(String username) {
      return tokenFor(principal(username));
    }
  }
}
