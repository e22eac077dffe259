package city.academy.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/** The accessibility checks of {@link AccessibilityIT}, for the page test classes that check their own pages. */
final class Axe {
  private static final List<String> BLOCKING = List.of("serious", "critical");

  private Axe() {}

  /** No serious or critical WCAG 2.2 AA violation on the current page. */
  static void assertAccessible(Browser browser, String what) {
    JsonArray violations = browser.axeViolations();
    List<JsonObject> blocking = violations.getValuesAs(JsonObject.class).stream()
        .filter(v -> !v.isNull("impact") && BLOCKING.contains(v.getString("impact")))
        .toList();
    assertThat(blocking)
        .as("serious or critical WCAG violations on %s (%s); all violations:%s", what, browser.path(), Browser.describe(violations))
        .isEmpty();
  }

  /** The page needs no sideways scrolling at the window's width. */
  static boolean fitsTheWidth(Browser browser) {
    Object fits = ((JavascriptExecutor) browser.driver())
        .executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1;");
    return Boolean.TRUE.equals(fits);
  }
}
