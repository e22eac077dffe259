package city.academy.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Apprenticeships in a real browser: the academy admin's cohort dashboard with its CSV and
 * spreadsheet, a cohort set up, a person enrolled and moved on (and a move that makes no sense
 * refused in the catalogue's words); the apprentice logs hours, their line manager confirms them;
 * an HR admin sees only their own apprentices; another employer's HR is refused; the city report.
 */
class ApprenticeshipPagesIT extends BrowserTest {
  private static final String API = "/catalogue/api/apprenticeships";
  private static final String DATA_ANALYST = "Data Analyst L4";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A link on the page, fetched with the browser's session. */
  private static HttpResponse<byte[]> download(By link) throws Exception {
    String href = browser.driver().findElement(link).getAttribute("href");
    String cookies = browser.cookieHeader();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(href)).timeout(Duration.ofSeconds(60)).GET();
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static LocalDate today() {
    return LocalDate.now(LONDON);
  }

  /** The demo cohort whose name starts with the words given, as the academy admin sees it. */
  static JsonObject cohortNamed(String start) {
    Api.Reply reply = Api.get(API + "/cohorts?size=100&q=" + java.net.URLEncoder.encode(start, java.nio.charset.StandardCharsets.UTF_8), Api.tokenFor("admin"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("name").startsWith(start))
        .findFirst().orElseThrow(() -> new AssertionError("No demo cohort named " + start + "…: " + reply));
  }

  /** The demo apprentice's own apprenticeship (the login {@code apprentice}). */
  static JsonObject theApprenticesRecord() {
    Api.Reply reply = Api.get(API + "/apprentices/mine", Api.tokenFor("apprentice"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    List<JsonObject> mine = reply.json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(mine).as("the demo apprentice's apprenticeships").isNotEmpty();
    return mine.get(0);
  }

  /** A person who works at the organisation now, from the passport service's staff list. */
  private static String someoneAt(String organisation) {
    // near the end of the list, away from the people the API tests take from its start
    String admin = Api.tokenFor("admin");
    long total = Api.get("/passport/api/organisations/" + organisation + "/staff?size=1", admin).object().getJsonNumber("total").longValue();
    Api.Reply reply = Api.get("/passport/api/organisations/" + organisation + "/staff?size=5&page=" + Math.max(0, total / 5 - 1), admin);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    java.util.Set<String> logins = new java.util.HashSet<>();
    for (String login : List.of("carehome.hr", "carehome.staff", "staff", "manager", "hr", "provider", "admin", "apprentice")) {
      logins.add(Api.principal(login).getString("personId"));
    }
    return reply.object().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(p -> p.getString("personId"))
        .filter(id -> !logins.contains(id)).findFirst().orElseThrow();
  }

  private static void setDate(By field, LocalDate day) {
    WebElement input = browser.waitFor(field);
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input, day.toString());
  }

  private static BigDecimal hours(By by) {
    return new BigDecimal(browser.text(by).replace(",", ""));
  }

  @Test
  void theAcademyAdminSeesTheDataAnalystCohortDashboardAndDownloadsIt() throws Exception {
    browser.signIn("admin");
    browser.waitFor(By.linkText("Cohorts")).click();
    browser.waitFor(By.id("cohorts"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Apprenticeship cohorts");
    // other tests add cohorts of their own: find this one by name
    browser.waitFor(By.id("q")).sendKeys(DATA_ANALYST);
    browser.clickAndWait(By.id("cohort-search-button"));
    assertThat(browser.driver().findElements(By.cssSelector("#cohorts .cohort-link"))).allSatisfy(a -> assertThat(a.getText()).contains(DATA_ANALYST));
    browser.clickAndWait(By.partialLinkText(DATA_ANALYST));
    browser.waitFor(By.id("dashboard"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.cssSelector("main h1"))).startsWith(DATA_ANALYST);

    assertThat(browser.text(By.id("headcount"))).isEqualTo("24");
    assertThat(browser.text(By.id("report-scope"))).contains("every apprentice of the cohort");
    assertThat(browser.driver().findElements(By.cssSelector("#employers tbody tr.employer"))).hasSize(10);
    assertThat(browser.driver().findElements(By.cssSelector("#funnel-chart li"))).isNotEmpty();
    assertThat(browser.text(By.id("funnel-chart"))).contains("Active");
    assertThat(browser.driver().findElement(By.cssSelector("#funnel-chart .visually-hidden")).getAttribute("textContent"))
        .matches(".+: \\d+ apprentices?\\.");
    assertThat(browser.driver().findElements(By.cssSelector("#funnel tbody tr"))).isNotEmpty();
    assertThat(browser.text(By.id("achievement-rate"))).containsPattern("^(not yet|\\d+(\\.\\d)?%)").contains("Of those who have left");
    assertThat(browser.text(By.id("equality-section"))).contains("fewer than 5");
    assertThat(browser.driver().findElements(By.cssSelector("#equality-section .cell-suppressed"))).isNotEmpty()
        .allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("fewer than 5"));
    assertThat(browser.driver().findElements(By.cssSelector("#apprentices tbody tr.apprentice"))).hasSize(24);
    browser.scrollTo(By.id("dashboard-heading"));
    browser.screenshot("apprenticeship-cohort");
    browser.scrollTo(By.id("funnel-heading"));
    browser.screenshot("apprenticeship-cohort-funnel");
    browser.scrollTo(By.id("equality-heading"));
    browser.screenshot("apprenticeship-cohort-equality");
    Axe.assertAccessible(browser, "a cohort's dashboard");

    HttpResponse<byte[]> csv = download(By.id("csv-link"));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".csv");
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text.lines().filter(l -> !l.isBlank()).count()).as("a header and a row per apprentice").isEqualTo(25);

    HttpResponse<byte[]> xlsx = download(By.id("xlsx-link"));
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains(".xlsx");
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertThat(book.getSheets().count()).as("a sheet per section").isGreaterThan(1);
    }
  }

  @Test
  void theAcademyAdminSetsUpACohortEnrolsSomeoneAndMovesThemOn() {
    String name = "Browser test cohort " + UUID.randomUUID().toString().substring(0, 8);
    LocalDate start = today().minusDays(60);
    browser.signIn("admin");
    browser.open("/apprenticeships/cohorts.xhtml");
    browser.waitFor(By.id("cohort-form"));
    Select programme = new Select(browser.driver().findElement(By.id("programmeId")));
    assertThat(programme.getOptions()).hasSizeGreaterThan(1);
    programme.selectByIndex(1);
    browser.driver().findElement(By.id("name")).sendKeys(name);
    new Select(browser.driver().findElement(By.id("providerCode"))).selectByValue("NGH");
    setDate(By.id("startDate"), start);
    browser.driver().findElement(By.id("academyContact")).sendKeys("Apprenticeships team, apprenticeships@academy.example");
    browser.driver().findElement(By.cssSelector("input[name='employerCodes'][value='BWC']")).click();
    browser.driver().findElement(By.cssSelector("input[name='employerCodes'][value='NGH']")).click();
    browser.clickAndWait(By.id("add-cohort"));
    browser.waitFor(By.id("cohort-details"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo(name);
    assertThat(browser.text(By.id("cohort-employers"))).isNotBlank();
    assertThat(browser.text(By.id("headcount"))).isEqualTo("0");

    // Enrol someone who works at the care home group now.
    String person = someoneAt("BWC");
    browser.driver().findElement(By.id("personId")).sendKeys(person);
    new Select(browser.driver().findElement(By.id("employerCode"))).selectByValue("BWC");
    setDate(By.id("startDate"), start);
    browser.clickAndWait(By.id("enrol"));
    browser.waitFor(By.id("done"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.id("done"))).contains("is enrolled on " + name);
    assertThat(browser.text(By.id("headcount"))).isEqualTo("1");
    assertThat(browser.driver().findElements(By.cssSelector("#apprentices tbody tr.apprentice"))).hasSize(1);

    // The same person twice is refused, in the catalogue's words.
    browser.driver().findElement(By.id("personId")).sendKeys(person);
    new Select(browser.driver().findElement(By.id("employerCode"))).selectByValue("BWC");
    setDate(By.id("startDate"), start);
    browser.clickAndWait(By.id("enrol"));
    browser.waitFor(By.id("enrol-form"));
    assertThat(browser.messages()).isNotBlank().doesNotContain("Exception");

    browser.clickAndWait(By.cssSelector("#apprentices a.apprentice-link"));
    browser.waitFor(By.id("record"));
    assertThat(browser.text(By.id("status-line"))).startsWith("Active since");
    assertThat(browser.driver().findElements(By.cssSelector("#history tbody tr.status-change"))).hasSize(1);

    // Achieved straight from active makes no sense: refused, and nothing is written.
    new Select(browser.waitFor(By.id("status"))).selectByValue("ACHIEVED");
    setDate(By.id("effectiveOn"), today());
    new Select(browser.driver().findElement(By.id("grade"))).selectByIndex(1);
    browser.clickAndWait(By.id("transition"));
    browser.waitFor(By.id("transition-form"));
    assertThat(browser.messages()).isNotBlank().doesNotContain("Exception").doesNotContain("HTTP");
    assertThat(browser.isPresent(By.id("done"))).isFalse();
    assertThat(browser.driver().findElements(By.cssSelector("#history tbody tr.status-change"))).hasSize(1);
    browser.screenshot("apprenticeship-transition-refused");

    // A break in learning, with its planned return, is recorded and shown in the history.
    new Select(browser.waitFor(By.id("status"))).selectByValue("BREAK_IN_LEARNING");
    new Select(browser.driver().findElement(By.id("grade"))).selectByValue("");
    setDate(By.id("effectiveOn"), today());
    setDate(By.id("plannedReturn"), today().plusDays(30));
    browser.driver().findElement(By.id("transitionNote")).sendKeys("Back after a family matter");
    browser.clickAndWait(By.id("transition"));
    browser.waitFor(By.id("transition-form"));
    assertThat(browser.messages()).isEmpty();
    browser.waitFor(By.id("done"));
    assertThat(browser.text(By.id("status-line"))).contains("since").contains("planned return");
    List<WebElement> history = browser.driver().findElements(By.cssSelector("#history tbody tr.status-change"));
    assertThat(history).hasSize(2);
    assertThat(history.get(0).getAttribute("class")).contains("status-BREAK_IN_LEARNING");
    assertThat(history.get(0).getText()).contains("Back after a family matter").contains("Planned return");
    browser.scrollTo(By.id("history-heading"));
    browser.screenshot("apprenticeship-record");
    Axe.assertAccessible(browser, "an apprentice's record as the academy sees it");
  }

  @Test
  void theApprenticeLogsHoursAndTheirLineManagerConfirmsThem() {
    JsonObject record = theApprenticesRecord();
    String name = Api.principal("apprentice").getString("displayName");
    String note = "Power BI course " + UUID.randomUUID().toString().substring(0, 8);

    browser.signIn("apprentice");
    browser.waitFor(By.linkText("My apprenticeship")).click();
    browser.waitFor(By.id("summary"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.id("my-cohort"))).isEqualTo(record.getString("cohortName"));
    BigDecimal confirmedBefore = hours(By.id("confirmed-hours"));
    BigDecimal pendingBefore = hours(By.id("pending-hours"));
    assertThat(browser.text(By.id("pace"))).containsPattern("On track|Behind|Nothing due yet");

    setDate(By.id("date"), today());
    browser.driver().findElement(By.id("hours")).sendKeys("2.5");
    new Select(browser.driver().findElement(By.id("activity"))).selectByIndex(1);
    browser.driver().findElement(By.id("note")).sendKeys(note);
    browser.clickAndWait(By.id("log-hours"));
    browser.waitFor(By.id("done"));
    assertThat(browser.messages()).isEmpty();
    assertThat(hours(By.id("pending-hours"))).isEqualByComparingTo(pendingBefore.add(new BigDecimal("2.5")));
    assertThat(hours(By.id("confirmed-hours"))).isEqualByComparingTo(confirmedBefore);
    WebElement entry = entryWith(note);
    assertThat(entry.getText()).contains("Waiting for confirmation");

    // Hours before the apprenticeship started are refused in the catalogue's words (the field itself keeps out future days).
    setDate(By.id("date"), LocalDate.parse(record.getString("startDate")).minusDays(7));
    browser.driver().findElement(By.id("hours")).sendKeys("1");
    new Select(browser.driver().findElement(By.id("activity"))).selectByIndex(1);
    browser.clickAndWait(By.id("log-hours"));
    browser.waitFor(By.id("log-form"));
    assertThat(browser.messages()).isNotBlank().doesNotContain("Exception");

    // Their own equality answers: saved, and seen by nobody but them and the academy.
    assertThat(browser.text(By.id("equality-who"))).contains("Only you and the academy's admins see your answers");
    browser.driver().findElement(By.cssSelector("input[name='ethnicity'][value='PREFER_NOT_TO_SAY']")).click();
    browser.driver().findElement(By.cssSelector("input[name='disability'][value='PREFER_NOT_TO_SAY']")).click();
    browser.clickAndWait(By.id("save-equality"));
    browser.waitFor(By.id("done"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.driver().findElement(By.cssSelector("input[name='ethnicity'][value='PREFER_NOT_TO_SAY']")).isSelected()).isTrue();
    browser.scrollTo(By.id("summary"));
    browser.screenshot("my-apprenticeship");
    Axe.assertAccessible(browser, "my apprenticeship");

    // The line manager sees the hours waiting, and confirms them.
    browser.signIn("manager");
    browser.waitFor(By.linkText("Apprentices I manage")).click();
    browser.waitFor(By.id("managed"));
    assertThat(browser.messages()).isEmpty();
    WebElement row = browser.waitFor(By.cssSelector("#managed tr.apprentice-" + record.getJsonNumber("id").longValue()));
    assertThat(row.getText()).contains(name);
    assertThat(new BigDecimal(row.findElement(By.cssSelector(".pending-hours")).getText().replace(" hours", "")))
        .isGreaterThanOrEqualTo(new BigDecimal("2.5"));
    browser.screenshot("apprentices-i-manage");
    Axe.assertAccessible(browser, "apprentices I manage");
    browser.clickAndWait(By.linkText(name));
    browser.waitFor(By.id("otj"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.isPresent(By.id("equality-answers"))).as("a line manager never sees equality answers").isFalse();
    assertThat(browser.isPresent(By.id("transition-form"))).as("only the academy moves an apprentice on").isFalse();

    // Rejecting needs a note.
    browser.clickAndWait(By.xpath("//tr[contains(., '" + note + "')]//input[@value='Reject']"));
    browser.waitFor(By.id("otj"));
    assertThat(browser.messages()).contains("Say why you reject");
    assertThat(entryWith(note).getText()).contains("Waiting for confirmation");

    browser.clickAndWait(By.xpath("//tr[contains(., '" + note + "')]//input[@value='Confirm']"));
    browser.waitFor(By.id("done"));
    assertThat(browser.messages()).isEmpty();
    assertThat(entryWith(note).getText()).contains("Confirmed");
    browser.scrollTo(By.id("otj-heading"));
    browser.screenshot("apprentice-hours-confirmed");

    // The line manager records a progress review.
    int reviews = browser.driver().findElements(By.cssSelector("#reviews tbody tr.review")).size();
    setDate(By.id("reviewDate"), today());
    browser.driver().findElement(By.id("attendees")).sendKeys(name + ", their line manager");
    browser.driver().findElement(By.id("reviewNotes")).sendKeys("Dashboard project on track; " + note);
    browser.clickAndWait(By.id("add-review"));
    browser.waitFor(By.id("review-form"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.id("done"))).startsWith("Review of ");
    assertThat(browser.driver().findElements(By.cssSelector("#reviews tbody tr.review"))).hasSize(reviews + 1);
    assertThat(browser.text(By.id("reviews"))).contains(note);
    assertThat(browser.text(By.id("review-line"))).startsWith("Last review " + today().getDayOfMonth() + " ");

    // The apprentice's confirmed hours rise.
    browser.signIn("apprentice");
    browser.open("/apprenticeships/mine.xhtml");
    browser.waitFor(By.id("confirmed-hours"));
    assertThat(hours(By.id("confirmed-hours"))).isEqualByComparingTo(confirmedBefore.add(new BigDecimal("2.5")));
    assertThat(hours(By.id("pending-hours"))).isEqualByComparingTo(pendingBefore);
    assertThat(entryWith(note).getText()).contains("Confirmed");

    // The academy sees their equality answers on their record.
    browser.signIn("admin");
    browser.open("/apprenticeships/apprentice.xhtml?id=" + record.getJsonNumber("id").longValue());
    browser.waitFor(By.id("equality-answers"));
    assertThat(browser.text(By.id("equality-answers"))).contains("Prefer not to say");
  }

  private static WebElement entryWith(String note) {
    return browser.waitFor(By.xpath("//table//tr[contains(@class, 'otj-entry') and contains(., '" + note + "')]"));
  }

  @Test
  void hrSeeOnlyTheirOwnApprenticesOnASharedCohort() throws Exception {
    long cohort = cohortNamed(DATA_ANALYST).getJsonNumber("id").longValue();
    browser.signIn("hr");
    browser.waitFor(By.linkText("Apprentices")).click();
    browser.waitFor(By.id("ours"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.id("ours-heading"))).startsWith("Our apprentices at ");
    assertThat(browser.driver().findElements(By.cssSelector("#ours tbody tr.apprentice"))).isNotEmpty();
    assertThat(browser.isPresent(By.id("cohort-form"))).isFalse();
    browser.screenshot("apprentices-hr");

    browser.open("/apprenticeships/cohort.xhtml?id=" + cohort);
    browser.waitFor(By.id("dashboard"));
    assertThat(browser.messages()).isEmpty();
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("#apprentices tbody tr.apprentice"));
    assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getAttribute("class")).contains("employer-NGH"));
    assertThat(browser.isPresent(By.cssSelector("#employers tr.employer-BWC"))).isFalse();
    assertThat(browser.isPresent(By.cssSelector("#apprentices tr.employer-BWC"))).isFalse();
    assertThat(browser.driver().findElements(By.cssSelector("#employers tbody tr.employer")))
        .allSatisfy(r -> assertThat(r.getAttribute("class")).contains("employer-NGH"));
    assertThat(Integer.parseInt(browser.text(By.id("headcount")))).isEqualTo(rows.size()).isLessThan(24);
    assertThat(browser.text(By.id("report-scope"))).contains("only the apprentices of");
    assertThat(browser.isPresent(By.id("enrol-form"))).isFalse();
    Axe.assertAccessible(browser, "a cohort as an employer's HR sees it");

    HttpResponse<byte[]> csv = download(By.id("csv-link"));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(new String(csv.body(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count()).isEqualTo(rows.size() + 1);
  }

  @Test
  void anotherEmployersHrCannotOpenTheirApprentices() {
    long apprentice = theApprenticesRecord().getJsonNumber("id").longValue();
    long cohort = cohortNamed(DATA_ANALYST).getJsonNumber("id").longValue();
    browser.signIn("carehome.hr");
    browser.open("/apprenticeships/apprentice.xhtml?id=" + apprentice);
    browser.waitFor(By.id("page-heading"));
    assertThat(browser.messages()).isNotBlank().doesNotContain("Exception");
    assertThat(browser.isPresent(By.id("record"))).isFalse();
    assertThat(browser.isPresent(By.id("otj"))).isFalse();
    Axe.assertAccessible(browser, "an apprentice refused to another employer");

    browser.open("/apprenticeships/cohort.xhtml?id=" + cohort);
    browser.waitFor(By.id("page-heading"));
    assertThat(browser.isPresent(By.cssSelector("#apprentices tr.employer-NGH"))).isFalse();
    assertThat(browser.isPresent(By.cssSelector("#employers tr.employer-NGH"))).isFalse();

    // Staff have no cohort pages; the city report is the academy's.
    browser.signIn("staff");
    browser.open("/apprenticeships/cohorts.xhtml");
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("You do not have access to this page");
    browser.open("/apprenticeships/city.xhtml");
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("You do not have access to this page");
  }

  @Test
  void staffWhoAreNotApprenticesAreToldSo() {
    browser.signIn("staff");
    browser.waitFor(By.linkText("My apprenticeship")).click();
    browser.waitFor(By.id("page-heading"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.id("not-an-apprentice"))).startsWith("You are not enrolled on an apprenticeship");
    assertThat(browser.isPresent(By.id("log-form"))).isFalse();
    Axe.assertAccessible(browser, "my apprenticeship when I am not an apprentice");
  }

  @Test
  void theAcademyAdminSeesTheCityReport() throws Exception {
    browser.signIn("admin");
    browser.waitFor(By.linkText("City apprenticeships report")).click();
    browser.waitFor(By.id("headline"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("City apprenticeships report");
    assertThat(browser.text(By.id("headline"))).matches("[\\d,]+ apprentices?: .+");
    assertThat(browser.text(By.id("cohorts"))).contains(DATA_ANALYST);
    assertThat(browser.driver().findElements(By.cssSelector("#programmes tbody tr"))).isNotEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("#funnel-chart li"))).isNotEmpty();
    assertThat(browser.isPresent(By.id("equality-section"))).isTrue();
    browser.scrollTo(By.id("page-heading"));
    browser.screenshot("apprenticeships-city");
    Axe.assertAccessible(browser, "the city apprenticeships report");

    HttpResponse<byte[]> csv = download(By.id("csv-link"));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    HttpResponse<byte[]> xlsx = download(By.id("xlsx-link"));
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertThat(book.getSheets().count()).isGreaterThan(0);
    }

    browser.open("/apprenticeships/programmes.xhtml");
    browser.waitFor(By.id("programmes"));
    assertThat(browser.messages()).isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("#programmes tbody tr.programme"))).isNotEmpty();
    browser.screenshot("apprenticeship-programmes");
    Axe.assertAccessible(browser, "apprenticeship programmes");
  }

  @Test
  void theAcademyAdminAddsAProgrammeOnce() {
    // ST7xxx: the API tests take ST8xxx and ST9xxx, and a code already taken would fail the first add
    String code = "ST" + (7000 + new java.util.Random().nextInt(1000));
    browser.signIn("admin");
    browser.waitFor(By.linkText("Programmes")).click();
    browser.waitFor(By.id("programme-form"));
    for (int attempt = 1; attempt <= 2; attempt++) {
      browser.driver().findElement(By.id("standardCode")).sendKeys(code);
      browser.driver().findElement(By.id("title")).sendKeys("Browser test technician");
      browser.driver().findElement(By.id("level")).sendKeys("3");
      browser.driver().findElement(By.id("durationMonths")).sendKeys("18");
      browser.driver().findElement(By.id("minimumOtjHours")).sendKeys("300");
      browser.clickAndWait(By.id("add-programme"));
      browser.waitFor(By.id("programme-form"));
      if (attempt == 1) {
        assertThat(browser.messages()).isEmpty();
        assertThat(browser.text(By.id("done"))).contains(code);
        assertThat(browser.text(By.id("programmes"))).contains(code);
      } else {
        assertThat(browser.messages()).as("the same reference twice").isNotBlank().doesNotContain("Exception");
      }
    }
  }
}
