package city.academy.launcher;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code java -jar launcher/target/academy-launcher.jar} from the checkout: starts the platform and
 * prints where to go and who can sign in. Stop it with Ctrl+C.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    Path repository = PlatformSettings.findRepository(Path.of(""));
    PlatformSettings settings = PlatformSettings.fromEnvironment(System.getenv(), repository);
    long started = System.nanoTime();
    Platform platform = new Platform(settings).start(null);
    Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
    platform.awaitReady(Duration.ofMinutes(5));
    long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
    System.out.println(banner(settings, seconds, platform.pid()));
    System.exit(platform.waitFor());
  }

  static String banner(PlatformSettings settings, long seconds, long pid) {
    String base = "http://localhost:" + settings.httpPort();
    return """

        ================================================================
         One Workforce Academy is ready (%d s, Payara Micro pid %d)

           Portal              %s/
           Passport service    %s/passport/api   (OpenAPI: %s/openapi)
           Catalogue service   %s/catalogue/api
           Health              %s/health   Metrics: %s/metrics

         Database: %s   Data folder: %s

         Demo sign-ins (password "academy"):
           staff           staff member (nurse) at Northgate Hospitals
           manager         their line manager
           hr              HR admin, Northgate Hospitals
           provider        course provider, Northgate Hospitals
           admin           academy admin (city-wide)
           carehome.hr     HR admin, Beechwood Care Homes
           carehome.staff  care worker, Beechwood Care Homes
           apprentice      apprentice (Data Analyst L4), Northgate Hospitals

         Stop with Ctrl+C.
        ================================================================
        """
        .formatted(seconds, pid, base, base, base, base, base, base,
            settings.database() == Database.H2 ? "embedded H2" : "PostgreSQL " + settings.postgres().host() + ":" + settings.postgres().port() + "/" + settings.postgres().database(),
            settings.dataDirectory());
  }
}
