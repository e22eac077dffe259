package city.academy.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class CookieJarTest {
  @Test
  void keepsEveryCookieReplacesByNameAndForgetsExpiredOnes() {
    CookieJar jar = new CookieJar();
    jar.receive(List.of("JSESSIONID=abc; Path=/; HttpOnly; SameSite=lax", "JSESSIONIDVERSION=1:1; Path=/"));
    assertEquals("JSESSIONID=abc; JSESSIONIDVERSION=1:1", jar.header());

    jar.receive("JSESSIONID=def; Path=/");
    assertEquals("def", jar.get("JSESSIONID"));

    jar.receive("JSESSIONIDVERSION=; Max-Age=0; Path=/");
    assertNull(jar.get("JSESSIONIDVERSION"));
    jar.receive("JSESSIONID=gone; Expires=Thu, 01 Jan 1970 00:00:10 GMT");
    assertEquals("", jar.header());
  }
}
