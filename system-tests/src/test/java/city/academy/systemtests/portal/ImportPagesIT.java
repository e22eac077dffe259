package city.academy.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Importing training records in a real browser: HR uploads their HR system's export, follows the
 * import to the end, reads the rejected rows and downloads them; the academy sees every import;
 * staff are kept out.
 */
class ImportPagesIT extends BrowserTest {
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final AtomicInteger NUMBERS = new AtomicInteger();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String HEADER = "Organisation Code,Employee Number,Competence Name,Achievement Date,Expiry Date\n";

  /** A new member of NGH's staff, so each test has its own history: their employee number. */
  private static String newStaff() {
    String number = "WEBIMP" + System.nanoTime() % 10_000_000 + NUMBERS.incrementAndGet();
    Api.Reply reply = Api.post("/passport/api/organisations/NGH/employments", Api.tokenFor("hr"), Json.createObjectBuilder()
        .add("givenName", "Ifeoma").add("familyName", "Pritchard").add("employeeNumber", number).add("staffGroup", "NURSING_MIDWIFERY")
        .add("jobRole", "Staff nurse").add("clinical", true).add("patientFacing", true).add("startDate", TODAY.minusYears(2).toString())
        .build().toString());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return number;
  }

  /** Two good rows (lines 2 and 3) and two bad ones: an unknown employee (line 4) and a day that does not exist (line 5). */
  private static String nationalFile(String number) {
    return HEADER
        + "NGH," + number + ",NHS|CSTF|Fire Safety - 2 Years|," + UK.format(TODAY.minusMonths(2)) + ",\n"
        + "NGH," + number + ",\"NHS|CSTF|Moving and Handling - Level 2 - 2 years|\"," + UK.format(TODAY.minusMonths(1)) + ",\n"
        + "NGH,NOSUCH4711,NHS|CSTF|Fire Safety - 2 Years|," + UK.format(TODAY.minusMonths(2)) + ",\n"
        + "NGH," + number + ",NHS|CSTF|Fire Safety - 2 Years|,31/02/2024,\n";
  }

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

  /** Waits, while the page follows the import, until its status is no longer waiting or importing. */
  private static String finishedStatus() {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> {
          String status = d.findElement(By.id("job-status-text")).getText().strip();
          return List.of("Waiting to start", "Importing").contains(status) ? null : status;
        });
  }

  @Test
  void hrImportTheirHrSystemsExportAndSeeWhatWasRejected() throws Exception {
    String number = newStaff();
    Path file = Files.createTempFile("esr-competences-", ".csv");
    try {
      Files.writeString(file, nationalFile(number), StandardCharsets.UTF_8);

      browser.signIn("hr");
      browser.waitFor(By.linkText("Import records")).click();
      browser.waitFor(By.id("upload-form"));
      assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Import training records");
      assertThat(browser.messages()).isEmpty();
      assertThat(browser.text(By.id("organisation-fixed"))).startsWith("For the staff of Northgate");
      assertThat(browser.text(By.id("upload-form"))).contains("National HR system competence export", "Generic training records",
          "Social care training export");
      assertThat(browser.isPresent(By.id("history"))).isTrue();

      // Nothing chosen: the page says what is missing.
      browser.clickAndWait(By.id("upload-button"));
      browser.waitFor(By.id("upload-form"));
      assertThat(browser.messages()).isEqualTo("Choose the kind of file you are importing.");

      browser.open("/organisation/imports.xhtml");
      browser.waitFor(By.id("upload-form"));
      assertThat(browser.text(By.cssSelector("label[for='format:0'] .choice-label"))).isEqualTo("National HR system competence export");
      browser.driver().findElement(By.cssSelector("input[type='radio'][value='NATIONAL_HR']")).click();
      browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
      browser.scrollTo(By.id("upload-heading"));
      browser.screenshot("imports");
      browser.clickAndWait(By.id("upload-button"));

      browser.waitFor(By.id("job"));
      assertThat(browser.path()).matches("/organisation/imports\\.xhtml\\?job=\\d+");
      assertThat(browser.messages()).isEmpty();
      assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Import of " + file.getFileName());
      assertThat(finishedStatus()).isEqualTo("Completed");
      browser.waitFor(By.id("rejections"));
      assertThat(browser.text(By.id("job-counts"))).isEqualTo("4 rows read: 2 imported, 0 already there, 2 rejected.");
      assertThat(browser.text(By.id("job-format"))).isEqualTo("National HR system competence export");
      assertThat(browser.text(By.id("job-uploaded"))).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} by hr");
      assertThat(browser.driver().findElement(By.id("job-progress")).getAttribute("value")).isEqualTo("1");

      List<WebElement> rows = browser.driver().findElements(By.cssSelector("#rejections tbody tr"));
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0).getText()).contains("4").contains("NOSUCH4711").contains("NGH has no employee with the number NOSUCH4711");
      assertThat(rows.get(1).getText()).contains("5").contains("31/02/2024").contains("not a date");
      assertThat(browser.driver().findElements(By.cssSelector("#rejections thead th"))).extracting(WebElement::getText)
          .extracting(String::strip).containsExactly("Line", "Column", "Value", "Reason");
      browser.scrollTo(By.id("job-heading"));
      browser.screenshot("import-job");
      Axe.assertAccessible(browser, "a finished import with rejected rows");

      HttpResponse<String> csv = download(By.id("rejections-csv"));
      assertThat(csv.statusCode()).isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
      assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("rejected-rows.csv");
      assertThat(csv.body()).startsWith("line,column,value,reason").contains("NOSUCH4711").contains("31/02/2024");
      assertThat(csv.body().lines().count()).isEqualTo(3);

      // The history lists it, newest first, and leads back to it.
      browser.clickAndWait(By.id("all-imports"));
      browser.waitFor(By.id("history"));
      String newest = browser.text(By.cssSelector("#history tbody tr"));
      assertThat(newest).contains(file.getFileName().toString()).contains("Completed").contains("2 imported");
      HttpResponse<String> template = download(By.id("template-link"));
      assertThat(template.statusCode()).isEqualTo(200);
      assertThat(template.body()).containsIgnoringCase("organisation_code").containsIgnoringCase("employee_number");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void aLargeFileIsStreamedAndFollowedWithoutReloadingThePage() throws Exception {
    String number = newStaff();
    Path file = Files.createTempFile("esr-large-", ".csv");
    int rows = 120_000; // about 7 MB: over the portal's 1 MB in-memory threshold, so the upload goes through a temporary file
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      String row = "NGH," + number + ",NHS|CSTF|Fire Safety - 2 Years|," + UK.format(TODAY.minusMonths(2)) + ",\n";
      for (int i = 0; i < rows; i++) {
        out.write(row);
      }
    }
    try {
      browser.signIn("hr");
      browser.open("/organisation/imports.xhtml");
      browser.waitFor(By.id("upload-form"));
      browser.driver().findElement(By.cssSelector("input[type='radio'][value='NATIONAL_HR']")).click();
      browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
      browser.clickAndWait(By.id("upload-button"));
      browser.waitFor(By.id("job"));
      assertThat(browser.messages()).isEmpty();
      String first = browser.text(By.id("job-status-text"));
      WebElement page = browser.driver().findElement(By.tagName("html"));
      // The page follows the import by itself (p:poll) until it has finished: no reload.
      assertThat(finishedStatus()).as("status, first shown as %s", first).isEqualTo("Completed");
      assertThat(page.isEnabled()).as("the same page, updated in place").isTrue();
      browser.waitFor(By.id("job-progress"));
      assertThat(browser.text(By.id("job-counts")))
          .isEqualTo(String.format(java.util.Locale.UK, "%,d rows read: 1 imported, %,d already there, 0 rejected.", rows, rows - 1));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void aFileThatIsNotCsvIsRefusedInWords() throws Exception {
    Path file = Files.createTempFile("training-", ".csv");
    try {
      Files.writeString(file, "Organisation Code,Employee Number,Achievement Date\nNGH,1,01/01/2025\n", StandardCharsets.UTF_8);
      browser.signIn("hr");
      browser.open("/organisation/imports.xhtml");
      browser.waitFor(By.id("upload-form"));
      browser.driver().findElement(By.cssSelector("input[type='radio'][value='NATIONAL_HR']")).click();
      browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
      browser.clickAndWait(By.id("upload-button"));
      browser.waitFor(By.id("job"));
      assertThat(finishedStatus()).isEqualTo("Refused: nothing imported");
      assertThat(browser.text(By.id("job-message"))).startsWith("Why the file was refused").containsIgnoringCase("competence");
      assertThat(browser.isPresent(By.id("rejections"))).isFalse();
      assertThat(browser.isPresent(By.id("resume"))).isFalse();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void anAcademyAdminSeesEveryImportAndMayImportForTheCity() {
    String fileName = "admin-sees-" + System.nanoTime() + ".csv";
    Api.Reply accepted = Api.send("POST", "/passport/api/imports?format=NATIONAL_HR&organisation=NGH&fileName=" + fileName,
        Api.tokenFor("hr"), "text/csv", nationalFile(newStaff()));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);

    browser.signIn("admin");
    browser.waitFor(By.linkText("Import records")).click();
    browser.waitFor(By.id("history"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.id("history"))).contains(fileName);
    Select organisation = new Select(browser.driver().findElement(By.id("organisation")));
    assertThat(organisation.getFirstSelectedOption().getText()).startsWith("The whole city");
    assertThat(organisation.getOptions()).extracting(WebElement::getText).anyMatch(t -> t.startsWith("Northgate"));
    Axe.assertAccessible(browser, "the imports page of an academy admin");
    browser.screenshot("imports-admin");

    browser.clickAndWait(By.linkText(fileName));
    browser.waitFor(By.id("job"));
    assertThat(finishedStatus()).isEqualTo("Completed");
    assertThat(browser.text(By.id("job-organisation"))).startsWith("Northgate");
  }

  @Test
  void staffAreKeptOutOfImports() {
    browser.signIn("staff");
    assertThat(browser.isPresent(By.linkText("Import records"))).isFalse();
    browser.open("/organisation/imports.xhtml");
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("You do not have access to this page");
    assertThat(browser.isPresent(By.id("upload-form"))).isFalse();
    browser.open("/organisation/import-template.csv");
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("You do not have access to this page");
  }
}
