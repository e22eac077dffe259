package city.academy.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The verifiable passport in a real browser: a person signs their passport, downloads it as a PDF
 * and as a credential file; a visitor who is not signed in checks it by the PDF's address and by
 * pasting it (and a changed copy is caught); once the person withdraws it, it reads revoked.
 */
class CredentialPagesIT extends BrowserTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A link on the page, fetched with the browser's session. */
  private static HttpResponse<byte[]> download(WebElement link) throws Exception {
    String href = link.getAttribute("href");
    String cookies = browser.cookieHeader();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(href)).timeout(Duration.ofSeconds(30)).GET();
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static WebElement newestRow() {
    return browser.waitFor(By.cssSelector("#credentials tbody tr"));
  }

  private static void paste(String text) {
    browser.open("/verify.xhtml");
    WebElement area = browser.waitFor(By.id("credential-text"));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", area, text);
    browser.clickAndWait(By.id("check"));
    browser.waitFor(By.id("check-form"));
  }

  private static String verdict() {
    return browser.text(By.id("verdict-heading"));
  }

  @Test
  void aPersonSignsTheirPassportAndAnyoneCanCheckItUntilTheyWithdrawIt() throws Exception {
    browser.signIn("staff");
    String name = browser.text(By.id("who-name"));
    browser.waitFor(By.linkText("My signed passport")).click();
    browser.waitFor(By.id("issue-form"));
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("My signed passport");
    assertThat(browser.text(By.id("what-it-is"))).contains("without an account");
    assertThat(browser.messages()).isEmpty();

    browser.clickAndWait(By.id("issue"));
    browser.waitFor(By.id("done"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.id("done"))).startsWith("Your passport is signed.");
    WebElement row = newestRow();
    assertThat(row.getText()).contains("Current").contains("PDF to print").contains("Credential file");
    assertThat(browser.driver().findElements(By.cssSelector("#credentials thead th"))).extracting(WebElement::getText)
        .extracting(String::strip).containsExactly("Signed", "Valid until", "Status", "Files", "Where anyone checks it", "Action");
    String verifyUrl = row.findElement(By.cssSelector(".verify-address")).getAttribute("href");
    assertThat(verifyUrl).matches(".*/verify\\.xhtml\\?credential=[0-9a-f-]{36}");
    String id = verifyUrl.substring(verifyUrl.indexOf("credential=") + "credential=".length());
    browser.scrollTo(By.id("page-heading"));
    browser.screenshot("signed-passport");

    HttpResponse<byte[]> pdf = download(row.findElement(By.cssSelector(".pdf-link")));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains(".pdf");
    assertThat(new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");

    HttpResponse<byte[]> jwt = download(row.findElement(By.cssSelector(".jwt-link")));
    assertThat(jwt.statusCode()).isEqualTo(200);
    assertThat(jwt.headers().firstValue("Content-Type").orElse("")).startsWith("application/vc+jwt");
    assertThat(jwt.headers().firstValue("Content-Disposition").orElse("")).contains(".jwt");
    String credential = new String(jwt.body(), StandardCharsets.US_ASCII).strip();
    assertThat(credential).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    // A visitor who is not signed in follows the PDF's QR code.
    browser.forget();
    browser.driver().get(verifyUrl);
    browser.waitFor(By.id("verdict"));
    assertThat(browser.path()).startsWith("/verify.xhtml");
    assertThat(browser.isPresent(By.id("who-name"))).as("nobody is signed in").isFalse();
    assertThat(browser.messages()).isEmpty();
    assertThat(verdict()).isEqualTo("Genuine and current");
    assertThat(browser.driver().findElement(By.id("verdict")).getAttribute("class")).contains("verdict-genuine");
    assertThat(browser.text(By.id("verdict-explanation"))).isNotBlank();
    assertThat(browser.text(By.id("asserted-name"))).isEqualTo(name);
    assertThat(browser.text(By.id("asserted-passport"))).startsWith("OWA-");
    assertThat(browser.text(By.id("asserted-issuer"))).isEqualTo("One Workforce Academy");
    assertThat(browser.text(By.id("asserted-from"))).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}");
    assertThat(browser.text(By.id("asserted-until"))).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}");
    List<WebElement> met = browser.driver().findElements(By.cssSelector("#requirements-met tbody tr"));
    assertThat(met).isNotEmpty();
    assertThat(met.get(0).getText()).containsPattern("\\d{1,2} [A-Z][a-z]{2} \\d{4}");
    assertThat(browser.driver().findElements(By.cssSelector("#requirements-met thead th"))).extracting(WebElement::getText)
        .extracting(String::strip).containsExactly("Subject", "Level", "Completed", "Expires", "Attested by");
    browser.screenshot("verify-genuine");

    // ... or pastes the credential file's text; a copy with one character changed is caught.
    paste(credential);
    assertThat(browser.messages()).isEmpty();
    assertThat(verdict()).isEqualTo("Genuine and current");
    assertThat(browser.text(By.id("asserted-name"))).isEqualTo(name);

    int at = credential.lastIndexOf('.') + 10;
    String changed = credential.substring(0, at) + (credential.charAt(at) == 'A' ? 'B' : 'A') + credential.substring(at + 1);
    paste(changed);
    assertThat(browser.messages()).isEmpty();
    assertThat(verdict()).startsWith("Not genuine");
    assertThat(browser.driver().findElement(By.id("verdict")).getAttribute("class")).doesNotContain("verdict-genuine");
    assertThat(browser.isPresent(By.id("asserted-name"))).isFalse();
    browser.screenshot("verify-tampered");

    paste("not a credential at all");
    assertThat(verdict()).isEqualTo("Not a signed passport");

    // The person withdraws it, after confirming.
    browser.signIn("staff");
    browser.open("/credentials.xhtml");
    newestRow().findElement(By.cssSelector(".withdraw-link")).click();
    browser.waitFor(By.id("withdraw-panel"));
    assertThat(browser.text(By.id("withdraw-heading"))).isEqualTo("Withdraw this signed passport?");
    browser.clickAndWait(By.id("confirm-withdraw"));
    browser.waitFor(By.id("done"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.id("done"))).startsWith("Withdrawn.");
    assertThat(newestRow().getText()).contains("Withdrawn");
    assertThat(newestRow().findElements(By.cssSelector(".withdraw-link"))).isEmpty();

    // Checked while signed in (the check is anonymous either way), then by a visitor: revoked.
    browser.driver().get(verifyUrl);
    assertThat(verdict()).startsWith("Revoked on ");
    browser.forget();
    browser.driver().get(verifyUrl);
    assertThat(verdict()).matches("Revoked on \\d{1,2} [A-Z][a-z]{2} \\d{4}: no longer to be relied on");
    assertThat(browser.text(By.id("asserted-name"))).isEqualTo(name);
    browser.screenshot("verify-revoked");

    // An address that names no credential says so, in words.
    browser.open("/verify.xhtml?credential=00000000-0000-0000-0000-000000000000");
    browser.waitFor(By.id("check-form"));
    assertThat(browser.messages()).contains("00000000-0000-0000-0000-000000000000");
    assertThat(browser.isPresent(By.id("verdict"))).isFalse();
  }

  @Test
  void someoneElsesCredentialFileIsNotForYou() throws Exception {
    browser.signIn("staff");
    browser.open("/credentials.xhtml");
    browser.waitFor(By.id("issue-form"));
    browser.clickAndWait(By.id("issue"));
    browser.waitFor(By.id("done"));
    String href = newestRow().findElement(By.cssSelector(".pdf-link")).getAttribute("href");

    browser.signIn("manager");
    browser.open("/index.xhtml");
    String cookies = browser.cookieHeader();
    HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies)
        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(404);
  }
}
