package city.academy.bench.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The cookies of one virtual user's browser. The load talks to one host, and the portal sets its
 * cookies for path {@code /}, so a name is enough: no domains or paths to match. Every cookie is
 * kept, not only {@code JSESSIONID}, since a cluster may add its own (Payara's {@code
 * JSESSIONIDVERSION}, a load balancer's sticky cookie). Not thread-safe: one virtual user, one
 * request at a time.
 */
final class CookieJar {
  private final Map<String, String> cookies = new LinkedHashMap<>();

  /** Takes the {@code Set-Cookie} headers of a response: new values, and deletions. */
  void receive(List<String> setCookieHeaders) {
    for (String header : setCookieHeaders) {
      receive(header);
    }
  }

  void receive(String setCookie) {
    String[] parts = setCookie.split(";");
    int eq = parts[0].indexOf('=');
    if (eq <= 0) {
      return;
    }
    String name = parts[0].substring(0, eq).strip();
    String value = parts[0].substring(eq + 1).strip();
    boolean expired = false;
    for (int i = 1; i < parts.length; i++) {
      String attribute = parts[i].strip().toLowerCase(Locale.ROOT);
      if (attribute.startsWith("max-age=")) {
        try {
          expired = Long.parseLong(attribute.substring("max-age=".length()).strip()) <= 0;
        } catch (NumberFormatException e) {
          // a browser ignores an attribute it cannot read
        }
      } else if (attribute.startsWith("expires=") && attribute.contains("1970")) {
        expired = true;
      }
    }
    if (expired || value.isEmpty()) {
      cookies.remove(name);
    } else {
      cookies.put(name, value);
    }
  }

  /** The {@code Cookie} header to send; empty when there is none. */
  String header() {
    return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
  }

  String get(String name) {
    return cookies.get(name);
  }

  void clear() {
    cookies.clear();
  }
}
