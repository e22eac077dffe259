package city.academy.passport.demo;

import city.academy.city.ApprenticeshipPlan;
import city.academy.city.CityGenerator;
import city.academy.city.CityScale;
import city.academy.city.GeneratedEmployment;
import city.academy.city.GeneratedOrganisation;
import city.academy.city.GeneratedPerson;
import city.academy.city.GeneratedRecord;
import city.academy.passport.access.domain.UserAccount;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.localrules.domain.LocalRefresher;
import city.academy.passport.localrules.domain.LocalRequirement;
import city.academy.passport.organisation.domain.Organisation;
import city.academy.passport.organisation.domain.OrganisationRepository;
import city.academy.passport.people.domain.Employment;
import city.academy.passport.people.domain.Person;
import city.academy.passport.records.domain.TrainingRecord;
import city.academy.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo city (seeded, so always the same) and the demo logins, once, into an empty
 * database. A database that already has organisations is left alone.
 */
@ApplicationScoped
public class DemoDataLoader {
  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  @Inject OrganisationRepository organisations;
  @Inject TrainingFramework framework;
  @Inject Pbkdf2PasswordHash hasher;

  @Inject
  @ConfigProperty(name = "academy.demo.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "academy.demo.password", defaultValue = "academy")
  String password;

  /**
   * The hospital's own rules, to show them in the passport: a local induction (not portable), and
   * fire safety every year where the partnership says every two years. Nine in ten of its staff
   * have done the induction, in the week they started.
   */
  private int loadLocalRules(Organisation hospital, List<GeneratedPerson> generated, Map<String, Person> people, LocalDate today) {
    LocalRequirement induction = new LocalRequirement(hospital, "LOCAL-INDUCTION", "Northgate local induction", null, null, "demo-data");
    em.persist(induction);
    Integer fireMonths = framework.level("FIRE_SAFETY", "1").map(l -> l.refresherMonths()).orElse(null);
    em.persist(new LocalRefresher(hospital, "FIRE_SAFETY", "1", 12, fireMonths, "demo-data"));
    int count = 0;
    for (GeneratedPerson g : generated) {
      var post = g.employments().stream().filter(e -> e.organisationCode().equals(hospital.code()) && e.endDate() == null).findFirst();
      if (post.isEmpty() || Math.floorMod(g.personId().hashCode(), 10) == 0) {
        continue;
      }
      LocalDate done = post.get().startDate().plusDays(3);
      if (done.isAfter(today)) {
        continue;
      }
      em.persist(TrainingRecord.forLocal(people.get(g.personId()), hospital, induction.code(), induction.title(), done, null,
          TrainingRecord.Source.IMPORT, "demo-data", today));
      count++;
    }
    return count;
  }

  /** The generator emits managers before their reports; anything else is a generator bug. */
  private static Person lineManager(Map<String, Person> loaded, String personId) {
    if (personId == null) {
      return null;
    }
    Person manager = loaded.get(personId);
    if (manager == null) {
      throw new IllegalStateException("Demo city: line manager " + personId + " comes after their report.");
    }
    return manager;
  }

  @Transactional
  public void loadIfEmpty() {
    if (!enabled) {
      LOG.info("Demo data is switched off (academy.demo.enabled=false).");
      return;
    }
    if (organisations.count() > 0) {
      LOG.info("Demo data not loaded: the database already has organisations.");
      return;
    }
    long started = System.nanoTime();
    LocalDate today = LocalDate.now();
    CityGenerator generator = new CityGenerator(framework.data(), CityScale.DEMO, CityGenerator.DEFAULT_SEED, today);
    Map<String, Organisation> byCode = new HashMap<>();
    for (GeneratedOrganisation o : generator.organisations()) {
      Organisation organisation = new Organisation(o.code(), o.name(), o.type(), o.sector());
      em.persist(organisation);
      byCode.put(o.code(), organisation);
    }
    List<GeneratedPerson> generated = generator.people().toList();
    Map<String, Person> people = new HashMap<>();
    int records = 0;
    for (GeneratedPerson g : generated) {
      Person person = new Person(g.personId(), g.givenName(), g.familyName(), g.email());
      for (GeneratedEmployment e : g.employments()) {
        person.addEmployment(
            new Employment(
                byCode.get(e.organisationCode()),
                e.employeeNumber(),
                e.staffGroup(),
                e.jobRole(),
                e.clinical(),
                e.patientFacing(),
                lineManager(people, e.lineManagerPersonId()),
                e.startDate(),
                e.endDate()));
      }
      em.persist(person);
      people.put(g.personId(), person);
      for (GeneratedRecord r : g.records()) {
        em.persist(
            TrainingRecord.forSubject(
                person,
                r.subject(),
                r.level(),
                r.completedOn(),
                r.expiresOn(),
                TrainingRecord.Source.valueOf(r.source()),
                byCode.get(r.attestedByOrganisationCode()),
                "demo-data",
                today));
        records++;
      }
    }
    records += loadLocalRules(byCode.get(DemoCast.HOSPITAL), generated, people, today);
    String apprentice = ApprenticeshipPlan.of(generator).demoApprenticePersonId();
    for (DemoCast.Login login : DemoCast.choose(generator.organisations(), generated, apprentice)) {
      UserAccount account =
          new UserAccount(login.username(), hasher.generate(password.toCharArray()), people.get(login.personId()));
      if (login.grantedRole() != null) {
        account.grant(Role.valueOf(login.grantedRole()), login.organisationCode() == null ? null : byCode.get(login.organisationCode()));
      }
      em.persist(account);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    int recordCount = records;
    LOG.info(() -> "Demo city loaded: " + byCode.size() + " organisations, " + people.size()
        + " people, " + recordCount + " training records in " + millis + " ms.");
  }
}
