package city.academy.catalogue.demo;

import city.academy.catalogue.apprenticeship.domain.Apprentice;
import city.academy.catalogue.apprenticeship.domain.ApprenticeStatus;
import city.academy.catalogue.apprenticeship.domain.Coded;
import city.academy.catalogue.apprenticeship.domain.Cohort;
import city.academy.catalogue.apprenticeship.domain.EqualityDeclaration;
import city.academy.catalogue.apprenticeship.domain.Grade;
import city.academy.catalogue.apprenticeship.domain.OtjActivity;
import city.academy.catalogue.apprenticeship.domain.OtjEntry;
import city.academy.catalogue.apprenticeship.domain.Programme;
import city.academy.catalogue.apprenticeship.domain.ProgrammeRepository;
import city.academy.catalogue.apprenticeship.domain.WithdrawalReason;
import city.academy.city.ApprenticeshipPlan;
import city.academy.city.CityGenerator;
import city.academy.city.CityScale;
import city.academy.city.FrameworkJson;
import city.academy.city.PlannedApprentice;
import city.academy.city.PlannedCohort;
import city.academy.city.PlannedEquality;
import city.academy.city.PlannedOtj;
import city.academy.city.PlannedProgramme;
import city.academy.city.PlannedReview;
import city.academy.city.PlannedStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo city's apprenticeship programmes and cohorts, loaded once when there are no
 * programmes. The apprentices are the passport's demo people: the same seeded generator, scale and
 * day give the same people in both services ({@code academy.demo.apprenticeships=city} loads the
 * full city's cohorts instead, for the benchmark). Everything goes through the domain's own
 * methods, so the demo journeys obey the same rules as the portal's.
 */
@ApplicationScoped
public class DemoApprenticeships {
  private static final Logger LOG = Logger.getLogger(DemoApprenticeships.class.getName());
  private static final String FRAMEWORK = "framework/cstf-framework.json";
  private static final String DEMO_USER = "demo-data";

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Inject ProgrammeRepository programmes;

  @Inject
  @ConfigProperty(name = "academy.demo.enabled", defaultValue = "true")
  boolean enabled;

  /** demo (the demo city's), city (the full city's, for benchmarks) or none. */
  @Inject
  @ConfigProperty(name = "academy.demo.apprenticeships", defaultValue = "demo")
  String scale;

  @Transactional
  public void loadIfNone() {
    if (!enabled || "none".equalsIgnoreCase(scale) || !programmes.all().isEmpty()) {
      return;
    }
    long started = System.nanoTime();
    CityScale cityScale = "city".equalsIgnoreCase(scale) ? CityScale.CITY : CityScale.DEMO;
    LocalDate today = LocalDate.now();
    CityGenerator city = new CityGenerator(FrameworkJson.read(getClass().getClassLoader().getResourceAsStream(FRAMEWORK)), cityScale,
        CityGenerator.DEFAULT_SEED, today);
    int apprentices = load(ApprenticeshipPlan.of(city), today);
    LOG.info(() -> String.format(Locale.ROOT, "Demo apprenticeships loaded (%s): %d apprentices in %.1f s.", cityScale, apprentices,
        (System.nanoTime() - started) / 1e9));
  }

  private int load(ApprenticeshipPlan plan, LocalDate today) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Map<String, Long> byStandard = new HashMap<>();
    for (PlannedProgramme p : plan.programmes()) {
      Programme programme = new Programme(p.standardCode(), p.title(), p.level(), p.durationMonths(), p.minimumOtjHours(), now);
      em.persist(programme);
      em.flush();
      byStandard.put(p.standardCode(), programme.id());
    }
    int count = 0;
    for (PlannedCohort c : plan.cohorts()) {
      Cohort cohort = new Cohort(em.find(Programme.class, byStandard.get(c.standardCode())), c.name(), c.providerCode(), c.startDate(), c.academyContact(),
          c.employerCodes(), now);
      em.persist(cohort);
      for (PlannedApprentice p : c.apprentices()) {
        em.persist(apprentice(cohort, p, today, now));
        if (p.equality() != null) {
          PlannedEquality e = p.equality();
          EqualityDeclaration declaration = new EqualityDeclaration(p.personId());
          declaration.declare(e.ethnicity(), e.sex(), e.disability(), e.deprivationDecile(), now);
          em.persist(declaration);
        }
        count++;
      }
      em.flush();
      em.clear(); // keeps the persistence context small at city scale
    }
    return count;
  }

  private static Apprentice apprentice(Cohort cohort, PlannedApprentice p, LocalDate today, OffsetDateTime now) {
    Apprentice a = new Apprentice(cohort, p.personId(), p.personName(), p.employerCode(), p.lineManagerPersonId(), p.startDate(),
        p.plannedEndDate(), p.plannedOtjHours(), DEMO_USER, now);
    for (PlannedStatus s : p.journey().subList(1, p.journey().size())) {
      a.moveTo(ApprenticeStatus.valueOf(s.status()), s.effectiveOn(),
          Coded.parse(WithdrawalReason.class, s.reasonCode(), "a withdrawal reason"), s.plannedReturn(),
          Coded.parse(Grade.class, s.grade(), "a grade"), s.note(), DEMO_USER, today, now);
    }
    for (PlannedOtj o : p.otj()) {
      OtjEntry entry = a.logHours(o.date(), o.hours(), OtjActivity.valueOf(o.activity()), o.note(), p.personName(), today, now);
      if (o.confirmed()) {
        a.decide(entry, true, null, "Line manager", now);
      }
    }
    for (PlannedReview r : p.reviews()) {
      a.review(r.date(), r.attendees(), r.notes(), DEMO_USER, today, now);
    }
    return a;
  }
}
