package city.academy.systemtests.portal;

import city.academy.systemtests.PlatformExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test: the platform started once per run, one headless Chromium per test class, and
 * every test starting signed out.
 */
@ExtendWith(PlatformExtension.class)
abstract class BrowserTest {
  static Browser browser;

  @BeforeAll
  static void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void quitBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @BeforeEach
  void signedOut() {
    browser.forget();
  }
}
