package city.academy.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo city's logins, listed under the sign-in form when {@code academy.demo.enabled} is true
 * (never in production: the password is shown).
 */
@Named
@ApplicationScoped
public class DemoLogins {

  /** A demo login and who it is. */
  public record Login(String username, String description) {}

  private static final List<Login> LOGINS =
      List.of(
          new Login("staff", "Staff member (nurse) at the hospital trust"),
          new Login("manager", "Line manager of the staff member"),
          new Login("hr", "HR admin of the hospital trust"),
          new Login("provider", "Course provider (training team) of the hospital trust"),
          new Login("admin", "Academy admin (city-wide)"),
          new Login("carehome.hr", "HR admin of the care home group"),
          new Login("carehome.staff", "Care worker at the care home group"),
          new Login("apprentice", "Apprentice (Data Analyst L4) at the hospital trust"));

  @Inject
  @ConfigProperty(name = "academy.demo.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "academy.demo.password", defaultValue = "academy")
  String password;

  public boolean isEnabled() {
    return enabled;
  }

  public String getPassword() {
    return password;
  }

  public List<Login> getLogins() {
    return LOGINS;
  }
}
