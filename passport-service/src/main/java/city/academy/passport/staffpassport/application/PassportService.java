package city.academy.passport.staffpassport.application;

import city.academy.passport.framework.domain.Post;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.localrules.domain.LocalRequirement;
import city.academy.passport.localrules.domain.LocalRuleRepository;
import city.academy.passport.localrules.domain.LocalStandings;
import city.academy.passport.people.domain.Employment;
import city.academy.passport.people.domain.Person;
import city.academy.passport.people.domain.PersonRepository;
import city.academy.passport.records.domain.TrainingRecord;
import city.academy.passport.records.domain.TrainingRecordRepository;
import city.academy.passport.staffpassport.domain.Passport;
import city.academy.passport.staffpassport.domain.PassportLook;
import city.academy.passport.staffpassport.domain.PassportLookRepository;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.AccessPolicy;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Passports, histories and access logs, for those allowed to see them; every look by another is logged. */
@ApplicationScoped
@Transactional
public class PassportService {
  private static final Logger LOG = Logger.getLogger(PassportService.class.getName());
  /** Dates in the passport are calendar dates in the city's time zone. */
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** A person's passport as computed for a caller. */
  public record View(
      Person person,
      Passport<TrainingRecord> passport,
      String frameworkVersion,
      List<LocalStandings.RequirementStanding> localRequirements,
      List<LocalStandings.RefresherStanding> localRefreshers) {}

  private PersonRepository people;
  private TrainingRecordRepository records;
  private PassportLookRepository looks;
  private TrainingFramework framework;
  private LocalRuleRepository localRules;
  private int expiringWindowDays;

  protected PassportService() {}

  @Inject
  public PassportService(
      PersonRepository people,
      TrainingRecordRepository records,
      PassportLookRepository looks,
      TrainingFramework framework,
      LocalRuleRepository localRules,
      @ConfigProperty(name = "academy.passport.expiring-window-days", defaultValue = "90") int expiringWindowDays) {
    this.localRules = localRules;
    this.people = people;
    this.records = records;
    this.looks = looks;
    this.framework = framework;
    this.expiringWindowDays = expiringWindowDays;
  }

  public static LocalDate today() {
    return LocalDate.now(LONDON);
  }

  /** The passport of a person as of a day, if the caller may see it. A look by someone else is logged. */
  public View passport(String personId, LocalDate asOf, Caller caller) {
    Person person = visible(personId, caller, PassportLook.Purpose.PASSPORT_VIEW);
    return assess(person, asOf);
  }

  /**
   * A person's whole training history (every entry, corrections and revocations included), for
   * those who may see their passport: what HR needs to correct or revoke an entry. Logged like a
   * passport view.
   */
  public List<TrainingRecord> history(String personId, Caller caller) {
    return records.historyOf(visible(personId, caller, PassportLook.Purpose.PASSPORT_VIEW));
  }

  /** The person, if the caller may see their passport; a look by someone other than the person is logged. */
  private Person visible(String personId, Caller caller, PassportLook.Purpose purpose) {
    Person person = find(personId);
    LocalDate today = today();
    List<String> organisations = person.organisationCodesOn(today);
    List<String> managers = person.lineManagerIdsOn(today);
    if (!AccessPolicy.maySeePassport(caller, person.passportId(), organisations, managers)) {
      throw ProblemException.forbidden(
          "You can see your own passport, your team's, and those of your organisation's staff; not this one."
              + " Another organisation sees a passport only with a share code from the person.");
    }
    if (!person.passportId().equals(caller.personId())) {
      boolean asManager = AccessPolicy.managesThem(caller, managers);
      String organisation = asManager ? null
          : organisations.stream().filter(caller.hrAdminOf()::contains).findFirst().orElse(null);
      looks.add(new PassportLook(person, caller.username(), caller.personId(), caller.displayName(),
          asManager ? Role.LINE_MANAGER.name() : Role.HR_ADMIN.name(), organisation, purpose));
      LOG.info(() -> "Passport of " + person.passportId() + " viewed by " + caller.username());
    }
    return person;
  }

  /**
   * The passport computed for a person on a day, from their posts on that day and their employers'
   * local rules. No access check and no log: for callers that have already decided (the person's
   * own credential, a share code).
   */
  public View assess(Person person, LocalDate asOf) {
    List<Employment> posts = person.employmentsOn(asOf);
    List<TrainingRecord> history = records.historyOf(person);
    Passport<TrainingRecord> passport = Passport.assess(framework, framework.requirementsFor(posts.stream()
        .map(e -> new Post(e.staffGroup(), e.clinical(), e.patientFacing(), e.organisation().sector())).toList()),
        history, asOf, expiringWindowDays);
    List<String> employers = posts.stream().map(e -> e.organisation().code()).distinct().toList();
    List<LocalRequirement> localApplicable = localRules.requirementsOf(employers).stream()
        .filter(l -> posts.stream().anyMatch(e -> e.organisation().equals(l.organisation()) && l.appliesTo(e.staffGroup())))
        .toList();
    return new View(person, passport, framework.version(),
        LocalStandings.requirements(localApplicable, history, asOf, expiringWindowDays),
        LocalStandings.refreshers(localRules.refreshersOf(employers), passport, asOf, expiringWindowDays));
  }

  /** The caller's team (people whose current post names them line manager), each assessed; each look logged. */
  public List<View> team(LocalDate asOf, Caller caller) {
    if (!caller.has(Role.LINE_MANAGER)) {
      throw ProblemException.forbidden("The team view is for line managers.");
    }
    Person manager = find(caller.personId());
    return people.currentReportsOf(manager).stream().map(member -> {
      looks.add(new PassportLook(member, caller.username(), caller.personId(), caller.displayName(),
          Role.LINE_MANAGER.name(), null, PassportLook.Purpose.TEAM_SUMMARY));
      return assess(member, asOf);
    }).toList();
  }

  /** The caller's own training history, newest first. */
  public List<TrainingRecord> myHistory(Caller caller) {
    return records.historyOf(find(caller.personId()));
  }

  /** Who else has looked at the caller's passport, newest first. */
  public List<PassportLook> myAccessLog(Caller caller) {
    return looks.of(find(caller.personId()));
  }

  private Person find(String personId) {
    if (personId == null) {
      throw ProblemException.forbidden("Only a person has a passport; this caller is not one.");
    }
    return people.byPassportId(personId)
        .orElseThrow(() -> ProblemException.notFound("There is no person with passport identity " + personId + "."));
  }
}
