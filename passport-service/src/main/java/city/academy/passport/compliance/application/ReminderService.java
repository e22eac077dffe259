package city.academy.passport.compliance.application;

import city.academy.passport.compliance.domain.RemindersDue;
import city.academy.passport.compliance.infrastructure.StaffReader;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The requirements due a reminder on a day, for the catalogue's reminder job (it sends them and
 * remembers what it sent). One pass over everyone with a current post, by the same rules as each
 * person's passport.
 */
@ApplicationScoped
@Transactional
public class ReminderService {
  private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());
  /** A threshold reached this many days ago, or fewer, is still due: a week of missed runs is caught up. */
  public static final int CATCH_UP_DAYS = 7;

  private StaffReader staff;
  private TrainingFramework framework;
  private int window;

  protected ReminderService() {}

  @Inject
  public ReminderService(StaffReader staff, TrainingFramework framework,
      @ConfigProperty(name = "academy.passport.expiring-window-days", defaultValue = "90") int window) {
    this.staff = staff;
    this.framework = framework;
    this.window = window;
  }

  public void due(LocalDate day, Caller caller, Consumer<RemindersDue.Due> sink) {
    if (!caller.has(Role.SYSTEM)) {
      throw ProblemException.forbidden("Reminders due are for the platform's own services.");
    }
    long started = System.nanoTime();
    int[] count = new int[1];
    RemindersDue due = new RemindersDue(framework, day, CATCH_UP_DAYS, window, d -> {
      count[0]++;
      sink.accept(d);
    });
    staff.forEach(null, day, due::add);
    LOG.info(() -> "Reminders due on " + day + ": " + count[0] + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
  }
}
