package city.academy.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Fill and sharing reports: the hospital's training team sees its months as a table and a chart and
 * downloads them as CSV; the academy admin sees the whole city; staff are kept out.
 */
class ReportPagesIT extends BrowserTest {
  private static final String COURSE = "Immediate Life Support";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The portal address of a link on the page, fetched with the browser's session. */
  private static HttpResponse<String> download(By link) throws Exception {
    String href = browser.driver().findElement(link).getAttribute("href");
    String cookies = browser.cookieHeader();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(href)).timeout(Duration.ofSeconds(30)).GET();
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String thisMonth() {
    return YearMonth.now(ZoneId.of("Europe/London")).format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK));
  }

  @Test
  void theProviderSeesTheirMonthsAndDownloadsThem() throws Exception {
    long course = CatalogueSetup.course("NGH", COURSE);
    YearMonth month = YearMonth.from(java.time.LocalDate.now(ZoneId.of("Europe/London")).plusDays(63));
    long session = CatalogueSetup.scheduled(course, CatalogueSetup.plan(63, 5));
    CatalogueSetup.book(Api.tokenFor("carehome.staff"), session);

    browser.signIn("provider");
    browser.waitFor(By.linkText("Fill report")).click();
    browser.waitFor(By.id("months"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.cssSelector("main h1"))).startsWith("Fill report of Northgate");
    assertThat(browser.text(By.id("months"))).contains(thisMonth());
    assertThat(browser.driver().findElements(By.cssSelector("#fill-chart li"))).isNotEmpty();

    // The session's month, asked for in the address.
    browser.open("/provider/reports.xhtml?org=NGH&from=" + month + "&to=" + month);
    browser.waitFor(By.id("months"));
    String row = browser.text(By.cssSelector("#months tbody tr"));
    assertThat(row).contains(month.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK)));
    assertThat(browser.text(By.id("fill-total"))).containsPattern("[1-9]\\d* places offered").containsPattern("\\([1-9]\\d* by other partners' staff\\)");
    assertThat(browser.text(By.id("fill-chart"))).contains("by other partners' staff");
    browser.screenshot("provider-fill-report");
    Axe.assertAccessible(browser, "a provider's fill report");

    HttpResponse<String> csv = download(By.id("csv-link"));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).contains(month.toString());

    browser.open("/provider/reports.xhtml?org=BWC");
    assertThat(browser.messages()).isNotEmpty();
    assertThat(browser.isPresent(By.id("months"))).isFalse();
  }

  @Test
  void theAcademyAdminSeesTheCity() throws Exception {
    browser.signIn("admin");
    browser.waitFor(By.linkText("City fill and sharing")).click();
    browser.waitFor(By.id("months"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("City fill and sharing");
    assertThat(browser.text(By.id("months"))).contains(thisMonth());
    assertThat(browser.isPresent(By.id("providers"))).isTrue();
    browser.screenshot("city-fill-report");
    Axe.assertAccessible(browser, "the city's fill report");
    HttpResponse<String> csv = download(By.id("csv-link"));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
  }

  @Test
  void staffAreKeptOutOfReports() {
    browser.signIn("carehome.staff");
    browser.open("/provider/reports.xhtml");
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("You do not have access to this page");
    Axe.assertAccessible(browser, "a report refused to staff");
    browser.open("/academy/fill.xhtml");
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("You do not have access to this page");
    assertThat(browser.isPresent(By.linkText("Fill report"))).isFalse();
  }
}
