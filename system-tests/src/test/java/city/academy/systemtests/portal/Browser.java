package city.academy.systemtests.portal;

import city.academy.systemtests.PlatformExtension;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a test class: Debian's {@code /usr/bin/chromium} driven by {@code
 * /usr/bin/chromedriver}, named explicitly so Selenium Manager downloads nothing, in a fresh
 * profile that talks to nothing but 127.0.0.1. Knows the portal's pages just enough to sign in and
 * out, run axe-core and take screenshots.
 */
final class Browser implements AutoCloseable {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  /** The demo city's password (MP Config academy.demo.password). */
  static final String DEMO_PASSWORD = "academy";
  /** WCAG 2.0, 2.1 and 2.2 A and AA rules. */
  static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private final WebDriver driver;
  private final Path profile;
  private final String baseUrl;
  private String axeSource;

  Browser() {
    this.baseUrl = PlatformExtension.baseUrl();
    try {
      this.profile = Files.createTempDirectory("academy-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile,
        "--window-size=1280,900",
        "--lang=en-GB");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  WebDriver driver() {
    return driver;
  }

  /** Opens a page of the portal, e.g. {@code /profile.xhtml}. */
  void open(String path) {
    driver.get(baseUrl + path);
  }

  String path() {
    String url = driver.getCurrentUrl();
    return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
  }

  /** Forgets the session: the next page is seen as by someone who has not signed in. */
  void forget() {
    open("/login.xhtml");
    driver.manage().deleteAllCookies();
  }

  /** Fills in and submits the sign-in form on the current page (which must be the sign-in page). */
  void submitSignIn(String username, String password) {
    WebElement user = waitFor(By.id("username"));
    user.clear();
    user.sendKeys(username);
    WebElement secret = driver.findElement(By.id("password"));
    secret.clear();
    secret.sendKeys(password);
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(By.id("signIn")).click();
    // Wait for the answer page itself: on a busy machine the old page can still read "complete".
    try {
      new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(page));
    } catch (org.openqa.selenium.TimeoutException stillThere) {
      // no navigation happened (e.g. the browser refused the form): the checks below will say so
    }
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /** Clicks something that submits or navigates, and waits for the page that answers. */
  void clickAndWait(By target) {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(target).click();
    try {
      new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(page));
    } catch (org.openqa.selenium.TimeoutException stillThere) {
      // no navigation happened: the checks that follow will say so
    }
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /** Has the page this element belonged to been replaced? (Chromium reports it in more than one way.) */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
    }
  }

  /** Signs in from scratch and waits for the home page. */
  void signIn(String username) {
    forget();
    open("/login.xhtml");
    submitSignIn(username, DEMO_PASSWORD);
    waitFor(By.id("welcome"));
  }

  /**
   * The Cookie header this browser sends to the portal: every cookie it holds (the session's id and,
   * the portal being distributable, the session's version), for fetching a link outside the browser.
   */
  String cookieHeader() {
    return driver.manage().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(java.util.stream.Collectors.joining("; "));
  }

  void signOut() {
    waitFor(By.id("signout:signoutButton")).click();
    waitFor(By.id("username"));
  }

  WebElement waitFor(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  boolean isPresent(By by) {
    return !driver.findElements(by).isEmpty();
  }

  String text(By by) {
    return waitFor(by).getText().strip();
  }

  /** The text of the page's error messages (the portal's message area, {@code <a:messages>}). */
  String messages() {
    return driver.findElements(By.cssSelector(".page-messages .message-error")).stream()
        .map(WebElement::getText)
        .reduce("", (a, b) -> a.isEmpty() ? b : a + " | " + b);
  }

  /**
   * Runs axe-core on the current page for the WCAG 2.x A and AA rules and answers its violations
   * (each with id, impact, help and nodes' targets).
   */
  JsonArray axeViolations() {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(axeSource());
    Object result =
        js.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('ERROR ' + e); });",
            WCAG_TAGS);
    String json = String.valueOf(result);
    if (json.startsWith("ERROR")) {
      throw new IllegalStateException("axe-core failed on " + path() + ": " + json);
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readArray();
    }
  }

  /** One line per violation: id, impact, help, and the CSS targets of the nodes. */
  static String describe(JsonArray violations) {
    StringBuilder text = new StringBuilder();
    for (JsonObject violation : violations.getValuesAs(JsonObject.class)) {
      text.append("\n  ")
          .append(violation.getString("id"))
          .append(" [")
          .append(violation.isNull("impact") ? "none" : violation.getString("impact"))
          .append("] ")
          .append(violation.getString("help", ""))
          .append(" at ");
      for (JsonObject node : violation.getJsonArray("nodes").getValuesAs(JsonObject.class)) {
        text.append(node.getJsonArray("target")).append(' ');
      }
    }
    return text.toString();
  }

  private String axeSource() {
    if (axeSource == null) {
      try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
        if (in == null) {
          throw new IllegalStateException("axe/axe.min.js is not on the test classpath");
        }
        axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return axeSource;
  }

  /** Scrolls the page so that an element is at the top of the window (for a screenshot of it). */
  void scrollTo(By by) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", waitFor(by));
  }

  /**
   * Saves a PNG of the window into {@code docs/user-guide/images/<name>.png}, only when the system
   * property {@code academy.screenshots} is true (so ordinary runs and CI leave the guide alone).
   */
  void screenshot(String name) {
    if (!Boolean.getBoolean("academy.screenshots")) {
      return;
    }
    Path images = repository().resolve("docs/user-guide/images");
    try {
      Files.createDirectories(images);
      Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Path target = images.resolve(name + ".png");
      Files.copy(png, target, StandardCopyOption.REPLACE_EXISTING);
      target.toFile().setReadable(true, false); // the driver's temporary file is private
      Files.deleteIfExists(png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path repository() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("config/payara")) && Files.exists(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("Not inside the project checkout");
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> paths = Files.walk(profile)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException | UncheckedIOException e) {
        // a temporary profile left behind is harmless
      }
    }
  }
}
