package city.academy.passport.compliance.application;

import city.academy.passport.access.domain.UserAccountRepository;
import city.academy.passport.compliance.domain.ComplianceTally;
import city.academy.passport.compliance.infrastructure.StaffReader;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.organisation.domain.Organisation;
import city.academy.passport.organisation.domain.OrganisationRepository;
import city.academy.passport.staffpassport.application.PassportService;
import city.academy.passport.staffpassport.domain.Passport;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.AccessPolicy;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Compliance dashboards: an organisation's for its HR (and academy admins), the city's for academy admins. */
@ApplicationScoped
@Transactional
public class ComplianceService {
  private static final Logger LOG = Logger.getLogger(ComplianceService.class.getName());
  public static final int MAX_EXPIRING = 500;

  /** A finished tally and what it was over. */
  public record Result(String scope, String scopeName, ComplianceTally tally) {}

  private StaffReader staff;
  private OrganisationRepository organisations;
  private TrainingFramework framework;
  private UserAccountRepository accounts;
  private int window;

  protected ComplianceService() {}

  @Inject
  public ComplianceService(StaffReader staff, OrganisationRepository organisations, TrainingFramework framework,
      UserAccountRepository accounts, @ConfigProperty(name = "academy.passport.expiring-window-days", defaultValue = "90") int window) {
    this.staff = staff;
    this.organisations = organisations;
    this.framework = framework;
    this.accounts = accounts;
    this.window = window;
  }

  public Result organisation(String code, LocalDate asOf, int expiringDays, Caller caller) {
    Organisation organisation = organisations.byCode(code)
        .orElseThrow(() -> ProblemException.notFound("There is no organisation with code " + code + "."));
    if (!AccessPolicy.maySeeOrganisation(caller, organisation.code())) {
      throw ProblemException.forbidden("You can see the compliance of your own organisation only; " + organisation.name() + " is not yours.");
    }
    if (expiringDays > 0 && !AccessPolicy.maySeeStaffOf(caller, organisation.code())) {
      throw ProblemException.forbidden("Only " + organisation.name() + "'s HR admins see whose training expires; the academy sees the figures.");
    }
    return tally(organisation.id(), organisation.code(), organisation.name(), asOf, expiringDays);
  }

  /**
   * The people behind one count: the organisation's staff whose requirement in this subject has
   * this status. People, not counts, so for the organisation's own HR admins only.
   */
  public Result people(String code, String subject, Passport.Status status, LocalDate asOf, Caller caller) {
    Organisation organisation = organisations.byCode(code)
        .orElseThrow(() -> ProblemException.notFound("There is no organisation with code " + code + "."));
    if (!AccessPolicy.maySeeStaffOf(caller, organisation.code())) {
      throw ProblemException.forbidden("Only " + organisation.name() + "'s HR admins see who is behind its figures.");
    }
    if (framework.subject(subject).isEmpty()) {
      throw ProblemException.badRequest("subject: the framework has no subject " + subject + ".");
    }
    ComplianceTally tally = new ComplianceTally(framework, asOf, window, 0, MAX_EXPIRING).listing(subject, status);
    staff.forEach(organisation.id(), asOf, tally::add);
    return new Result(organisation.code(), organisation.name(), tally);
  }

  /**
   * The organisation's compliance and who expires within {@code expiringDays}, for a service writing
   * the weekly digest of a person who must be the organisation's HR admin now (403 otherwise: they
   * lost the role since they asked for it).
   */
  public Result digest(String code, String forPerson, LocalDate asOf, int expiringDays, Caller caller) {
    if (!caller.has(Role.SYSTEM)) {
      throw ProblemException.forbidden("Digests are written by the platform's own services.");
    }
    Organisation organisation = organisations.byCode(code)
        .orElseThrow(() -> ProblemException.notFound("There is no organisation with code " + code + "."));
    if (forPerson == null || !accounts.isHrAdmin(forPerson, organisation.code())) {
      throw ProblemException.forbidden((forPerson == null ? "Nobody" : forPerson) + " is not an HR admin of " + organisation.name() + ".");
    }
    return tally(organisation.id(), organisation.code(), organisation.name(), asOf, expiringDays);
  }

  public Result city(LocalDate asOf, Caller caller) {
    if (!caller.has(Role.ACADEMY_ADMIN)) {
      throw ProblemException.forbidden("City-wide compliance is for academy admins.");
    }
    return tally(null, null, "The whole city", asOf, 0);
  }

  private Result tally(Long id, String code, String name, LocalDate asOf, int expiringDays) {
    if (expiringDays < 0 || expiringDays > 365) {
      throw ProblemException.badRequest("expiringDays: look 0 to 365 days ahead, not " + expiringDays + ".");
    }
    long started = System.nanoTime();
    ComplianceTally tally = new ComplianceTally(framework, asOf, window, expiringDays, MAX_EXPIRING);
    staff.forEach(id, asOf, tally::add);
    LOG.fine(() -> "Compliance of " + (code == null ? "the city" : code) + ": " + tally.all().people() + " people in "
        + (System.nanoTime() - started) / 1_000_000 + " ms");
    return new Result(code == null ? "CITY" : code, name, tally);
  }

  public static LocalDate today() {
    return PassportService.today();
  }
}
