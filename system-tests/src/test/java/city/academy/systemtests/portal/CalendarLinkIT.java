package city.academy.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * "Add my bookings to my calendar" on My bookings: the private address is shown once, a calendar
 * app (here java.net.http, without a token) reads the booked session from it, a new address stops
 * the old one, and the feed can be stopped.
 */
class CalendarLinkIT extends BrowserTest {
  private static final String COURSE = "Immediate Life Support";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static HttpResponse<String> fetch(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String shownAddress() {
    return browser.waitFor(By.id("calendar-url")).getAttribute("value");
  }

  @Test
  void theCalendarAddressListsMyBookingAndANewOneStopsTheOld() throws Exception {
    long course = CatalogueSetup.course("NGH", COURSE);
    long session = CatalogueSetup.scheduled(course, CatalogueSetup.plan(62, 3));
    CatalogueSetup.book(Api.tokenFor("carehome.staff"), session);

    browser.signIn("carehome.staff");
    browser.open("/bookings.xhtml");
    browser.waitFor(By.id("calendar"));
    assertThat(browser.text(By.id("calendar-warning"))).contains("stops the old one");
    browser.clickAndWait(By.id("calendar-issue"));
    String address = shownAddress();
    assertThat(browser.messages()).isEmpty();
    assertThat(address).matches("https?://.+/catalogue/api/calendar/[A-Za-z0-9_-]{43}\\.ics");
    assertThat(browser.driver().findElement(By.id("calendar-webcal")).getAttribute("href")).startsWith("webcal://");
    browser.screenshot("calendar-link");
    Axe.assertAccessible(browser, "my bookings with the calendar address");

    HttpResponse<String> feed = fetch(address);
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
    assertThat(feed.body()).contains("BEGIN:VCALENDAR").contains(COURSE);

    // Shown once: the page does not show it again.
    browser.open("/bookings.xhtml");
    browser.waitFor(By.id("calendar-live"));
    assertThat(browser.isPresent(By.id("calendar-url"))).isFalse();

    browser.clickAndWait(By.id("calendar-issue"));
    String renewed = shownAddress();
    assertThat(renewed).isNotEqualTo(address);
    assertThat(fetch(address).statusCode()).as("the old address stops").isEqualTo(404);
    assertThat(fetch(renewed).statusCode()).isEqualTo(200);

    browser.clickAndWait(By.id("calendar-stop"));
    browser.waitFor(By.id("calendar-done"));
    assertThat(browser.text(By.id("calendar-done"))).contains("stopped");
    assertThat(browser.isPresent(By.id("calendar-stop"))).isFalse();
    assertThat(fetch(renewed).statusCode()).isEqualTo(404);
  }
}
