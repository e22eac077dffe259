package city.academy.systemtests.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import city.academy.launcher.Cluster;
import city.academy.launcher.Database;
import city.academy.launcher.LoadBalancer;
import city.academy.launcher.PlatformSettings;
import city.academy.systemtests.PlatformExtension;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two members of one Payara cluster behind nginx (the cluster launcher of {@code ./cluster.sh}), on
 * PostgreSQL, spoken to as a browser would: a session cookie, pages, JSF forms. Runs once a build, in
 * the PostgreSQL execution: nginx at {@code academy.it.port} + 40, the members on the next ports,
 * their data grid on + 60 + n. The longer failover run under load is {@code ./cluster.sh test}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
  private static final String PASSPORT_SCHEMA = "it_cluster_passport";
  private static final String CATALOGUE_SCHEMA = "it_cluster_catalogue";
  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private static Cluster cluster;
  private static PlatformSettings settings;

  @BeforeAll
  static void startTheCluster() throws Exception {
    assumeTrue(Database.parse(System.getProperty("academy.it.db", "h2")) == Database.POSTGRES,
        "The cluster is tested once a build, in the PostgreSQL execution");
    int base = Integer.getInteger("academy.it.cluster.base-port", Integer.getInteger("academy.it.port", 18590) + 40);
    Path repository = PlatformSettings.findRepository(Path.of(""));
    Path data = repository.resolve("system-tests/target/platform-cluster");
    PlatformExtension.deleteTree(data);
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("ACADEMY_DB", "postgres");
    env.put("ACADEMY_DATA_DIR", data.toString());
    env.put("ACADEMY_PORT", Integer.toString(base));
    env.put("ACADEMY_GRID_PORT", Integer.toString(base + 20));
    env.put("ACADEMY_PASSPORT_SCHEMA", PASSPORT_SCHEMA);
    env.put("ACADEMY_CATALOGUE_SCHEMA", CATALOGUE_SCHEMA);
    env.put("ACADEMY_DB_POOL_MAX", "8");
    env.put("ACADEMY_DEMO", "true");
    env.put("ACADEMY_JVM_OPTIONS", "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dacademy.reminders.automatic=false");
    settings = PlatformSettings.fromEnvironment(env, repository);
    PlatformExtension.dropSchemas(settings, List.of(PASSPORT_SCHEMA, CATALOGUE_SCHEMA));
    cluster = Cluster.of(settings, 2, System.getProperty("academy.it.nginx", LoadBalancer.DEFAULT_NGINX));
    cluster.start();
  }

  @AfterAll
  static void stopTheCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void aSignInOnOneMemberIsASignInOnTheOtherAndAFormDrawnByOneIsPostedToTheOther() throws Exception {
    Visitor visitor = new Visitor();
    visitor.signIn(member(0), "staff");

    Page passport = visitor.get(member(1) + "/passport.xhtml");
    assertThat(passport.status()).as("the other member knows the session").isEqualTo(200);
    assertThat(passport.heading()).isEqualTo("My passport");

    Page course = visitor.get(member(1) + "/course.xhtml?id=1");
    Map<String, String> form = course.form("sessions:0:book-form");
    Page booked = visitor.post(member(0) + "/course.xhtml?id=1", form);
    assertThat(booked.status()).isEqualTo(200);
    assertThat(booked.text()).as("posted to the member that did not draw the page").contains("Your place is confirmed");
    assertThat(liveBookings("staff")).isEqualTo(1);
  }

  @Test
  @Order(2)
  void aMemberStoppedGracefullyFailsNoRequest() throws Exception {
    Visitor visitor = new Visitor();
    visitor.signIn(cluster.url(), "manager");
    List<Integer> answers = new ArrayList<>();
    AtomicBoolean going = new AtomicBoolean(true);
    Thread reader = new Thread(() -> {
      while (going.get()) {
        try {
          answers.add(visitor.get(cluster.url() + "/catalogue.xhtml").status());
        } catch (Exception e) {
          answers.add(-1);
        }
      }
    });
    reader.start();
    Thread.sleep(2000);
    // SIGTERM straight to the member, as a service manager would send it (not the gate's drain first)
    ProcessHandle.of(cluster.pid(1)).orElseThrow().destroy();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (cluster.isRunning(1) && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    Thread.sleep(2000);
    going.set(false);
    reader.join();
    assertThat(cluster.isRunning(1)).as("stopped").isFalse();
    assertThat(answers).as("every page while it stopped").hasSizeGreaterThan(5).containsOnly(200);
  }

  @Test
  @Order(3)
  void aSignedInPersonStaysSignedInWhenTheMemberThatServedThemIsKilled() throws Exception {
    cluster.startMember(1);
    cluster.awaitReady(1);
    cluster.awaitTakingRequests(2, Duration.ofSeconds(30));

    Visitor visitor = new Visitor();
    visitor.signIn(member(1), "hr");
    Page check = visitor.get(member(1) + "/organisation/transfer-check.xhtml");
    assertThat(check.heading()).isEqualTo("Transfer check");

    cluster.kill(1);

    Page again = visitor.get(cluster.url() + "/organisation/transfer-check.xhtml");
    assertThat(again.status()).as("through nginx, on the member left").isEqualTo(200);
    assertThat(again.heading()).as("still signed in, with the HR role").isEqualTo("Transfer check");
    Page home = visitor.get(cluster.url() + "/index.xhtml");
    assertThat(home.status()).isEqualTo(200);
  }

  private static String member(int i) {
    return cluster.member(i).baseUrl();
  }

  private static long liveBookings(String username) throws Exception {
    var pg = settings.postgres();
    String url = "jdbc:postgresql://" + pg.host() + ":" + pg.port() + "/" + pg.database();
    try (Connection c = DriverManager.getConnection(url, pg.user(), pg.password())) {
      String person;
      try (PreparedStatement q = c.prepareStatement(
          "select p.passport_id from " + PASSPORT_SCHEMA + ".user_account a join " + PASSPORT_SCHEMA
              + ".person p on p.id = a.person_id where a.username = ?")) {
        q.setString(1, username);
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          person = rs.getString(1);
        }
      }
      try (PreparedStatement q = c.prepareStatement(
          "select count(*) from " + CATALOGUE_SCHEMA + ".booking where person_id = ? and status in ('CONFIRMED', 'WAITLISTED')")) {
        q.setString(1, person);
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    }
  }

  /** A page as a browser got it (redirects not followed: a redirect to sign in must show). */
  record Page(int status, String body, String location) {
    String heading() {
      Matcher m = Pattern.compile("<h1[^>]*>([^<]*)</h1>").matcher(body);
      return m.find() ? m.group(1).strip() : "";
    }

    String text() {
      return body.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
    }

    /** The named form's fields with their values, the submit button included. */
    Map<String, String> form(String id) {
      Matcher f = Pattern.compile("<form id=\"" + Pattern.quote(id) + "\".*?</form>", Pattern.DOTALL).matcher(body);
      assertThat(f.find()).as("form " + id + " on the page").isTrue();
      Map<String, String> fields = new LinkedHashMap<>();
      Matcher input = Pattern.compile("<input[^>]*>").matcher(f.group());
      while (input.find()) {
        Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(input.group());
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
        if (name.find()) {
          fields.put(name.group(1), value.find() ? value.group(1) : "");
        }
      }
      return fields;
    }
  }

  /** One browser: its own cookies; follows redirects itself, so each hop is seen. */
  static final class Visitor {
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

    void signIn(String base, String username) throws Exception {
      Page login = get(base + "/login.xhtml");
      Matcher state = VIEW_STATE.matcher(login.body());
      assertThat(state.find()).isTrue();
      Page signedIn = post(base + "/login.xhtml", Map.of("login", "login", "username", username, "password", "academy",
          "signIn", "Sign in", "jakarta.faces.ViewState", state.group(1)));
      assertThat(signedIn.status()).as("signed in as " + username).isEqualTo(200);
      assertThat(signedIn.body()).doesNotContain("id=\"password\"");
    }

    Page get(String url) throws IOException, InterruptedException {
      return follow(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(), url);
    }

    Page post(String url, Map<String, String> fields) throws IOException, InterruptedException {
      String form = fields.entrySet().stream()
          .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
          .collect(Collectors.joining("&"));
      return follow(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
          .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(), url);
    }

    /** Follows redirects (to a sign-in page too), keeping the first request's host and port. */
    private Page follow(HttpRequest request, String url) throws IOException, InterruptedException {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
        String location = response.headers().firstValue("Location").orElseThrow();
        URI next = URI.create(url).resolve(location);
        if (next.getPath().endsWith("/login.xhtml") && !url.contains("/login.xhtml")) {
          return new Page(302, "", location); // sent to sign in: shown as such, not followed
        }
        response = http.send(HttpRequest.newBuilder(next).timeout(Duration.ofSeconds(30)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
      }
      return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
    }
  }
}
