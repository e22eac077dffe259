package city.academy.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the services' REST APIs. */
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
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(PlatformExtension.baseUrl() + path)).timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
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
    Reply reply = post("/passport/api/auth/password", Tokens.system(),
        Json.createObjectBuilder().add("username", username).add("password", "academy").build().toString());
    if (reply.status() != 200) {
      throw new IllegalStateException("Demo sign-in of " + username + " failed: " + reply);
    }
    return reply.object();
  }

  /** A valid token for a demo user. */
  public static String tokenFor(String username) {
    return Tokens.forPrincipal(principal(username));
  }
}
