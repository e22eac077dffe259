package city.academy.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One virtual user's browser: its cookies, and requests that follow redirects as a browser does.
 * The HTTP client (its connection pool) is shared by all virtual users; cookies are not. Requests
 * go to the portal's base address only: a redirect to an absolute address is followed on the
 * base's scheme, host and port, so the load never goes round the load balancer to one instance
 * that names itself in a {@code Location}.
 */
final class Browser {
  static final int MAX_REDIRECTS = 5;

  /**
   * A page load's answer.
   *
   * @param uri the address finally answered (after redirects)
   * @param status the final HTTP status
   * @param body the final body (HTML as text)
   * @param redirects the addresses redirected to, in order
   */
  record Response(URI uri, int status, String body, List<URI> redirects) {
    /** Whether a redirect led to the sign-in page. */
    boolean redirectedToSignIn() {
      return redirects.stream().anyMatch(u -> u.getPath() != null && u.getPath().endsWith("/login.xhtml"));
    }
  }

  private final HttpClient client;
  private final URI base;
  private final Duration timeout;
  private final CookieJar cookies = new CookieJar();

  Browser(HttpClient client, URI base, Duration timeout) {
    this.client = client;
    String path = base.getPath() == null ? "" : base.getPath();
    this.base = path.endsWith("/") ? base : URI.create(base.toString() + "/");
    this.timeout = timeout;
  }

  static HttpClient newClient(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(connectTimeout)
        .build();
  }

  /** GET of a path relative to the portal ({@code catalogue.xhtml?search=1}) or as a link on a page ({@code /course.xhtml?id=1}). */
  Response get(String path) throws IOException, InterruptedException {
    return send(address(path), null);
  }

  /** Presses the form's button: a POST of its fields to its action. */
  Response post(FormPost form) throws IOException, InterruptedException {
    return send(address(form.action()), form.body());
  }

  /** Forgets every cookie: a browser whose session is gone anyway. */
  void clearCookies() {
    cookies.clear();
  }

  String cookie(String name) {
    return cookies.get(name);
  }

  private Response send(URI first, String formBody) throws IOException, InterruptedException {
    URI uri = first;
    String body = formBody;
    List<URI> redirects = new ArrayList<>();
    for (int hop = 0; ; hop++) {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "text/html");
      String cookieHeader = cookies.header();
      if (!cookieHeader.isEmpty()) {
        request.header("Cookie", cookieHeader);
      }
      if (body == null) {
        request.GET();
      } else {
        request.header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      }
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      cookies.receive(response.headers().allValues("Set-Cookie"));
      int status = response.statusCode();
      Optional<String> location = response.headers().firstValue("Location");
      if (status / 100 == 3 && status != 304 && location.isPresent() && hop < MAX_REDIRECTS) {
        uri = onBase(uri.resolve(location.get()));
        redirects.add(uri);
        // 307 and 308 repeat the method and body; 301, 302 and 303 become a GET, as in browsers.
        body = status == 307 || status == 308 ? body : null;
        continue;
      }
      return new Response(uri, status, response.body(), List.copyOf(redirects));
    }
  }

  /** A path as a page writes it ({@code /course.xhtml?id=1}), or one relative to the portal's base. */
  private URI address(String path) {
    return base.resolve(path);
  }

  private URI onBase(URI target) {
    if (target.getHost() == null || (target.getHost().equals(base.getHost()) && target.getPort() == base.getPort())) {
      return target;
    }
    String rest = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
    return address(rest);
  }
}
