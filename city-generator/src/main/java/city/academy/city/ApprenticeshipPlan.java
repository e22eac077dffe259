package city.academy.city;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Synthetic apprenticeships of a generated city: the programmes, the cohorts and, for each
 * apprentice, the dated journey through the statuses, off-the-job training, progress reviews and
 * equality declaration. A pure function of the generator's seed, scale and "as of" date.
 *
 * <p>Apprentices are staff (not managers) with a current main post; nobody is in two cohorts. The
 * demo city has five cohorts (about 64 apprentices), among them a Data Analyst cohort of 24 from all
 * ten organisations that includes two teammates of the demo {@code staff} login ({@link
 * DemoPicks#hospitalNurse}); the first of them is the demo apprentice. The full city has forty
 * cohorts (about a thousand apprentices) across the six programmes, built from one pass over the
 * people.
 */
public final class ApprenticeshipPlan {

  public static final String ACTIVE = "ACTIVE";
  public static final String BREAK_IN_LEARNING = "BREAK_IN_LEARNING";
  public static final String WITHDRAWN = "WITHDRAWN";
  public static final String GATEWAY = "GATEWAY";
  public static final String END_POINT_ASSESSMENT = "END_POINT_ASSESSMENT";
  public static final String COMPLETED = "COMPLETED";
  public static final String ACHIEVED = "ACHIEVED";
  public static final String FAILED = "FAILED";

  static final PlannedProgramme DATA_ANALYST = new PlannedProgramme("ST0118", "Data Analyst", 4, 15, 372);
  static final PlannedProgramme SENIOR_HCSW =
      new PlannedProgramme("ST0217", "Senior Healthcare Support Worker", 3, 18, 400);
  static final PlannedProgramme NURSING_ASSOCIATE = new PlannedProgramme("ST0827", "Nursing Associate", 5, 24, 600);
  static final PlannedProgramme ADULT_CARE = new PlannedProgramme("ST0005", "Adult Care Worker", 2, 12, 278);
  static final PlannedProgramme LEAD_ADULT_CARE = new PlannedProgramme("ST0006", "Lead Adult Care Worker", 3, 18, 400);
  static final PlannedProgramme TEAM_LEADER = new PlannedProgramme("ST0384", "Team Leader or Supervisor", 3, 12, 278);

  static final List<PlannedProgramme> PROGRAMMES =
      List.of(DATA_ANALYST, SENIOR_HCSW, NURSING_ASSOCIATE, ADULT_CARE, LEAD_ADULT_CARE, TEAM_LEADER);

  /** The ten organisations of the Data Analyst cohort and how many apprentices each sends. */
  private static final Map<String, Integer> DATA_ANALYST_EMPLOYERS = linked(
      "NGH", 6, "RCT", 3, "NCC", 3, "BWC", 2, "LKH", 2, "ETS", 2, "NCN", 2, "NVM", 2, "NHC", 1, "NCH", 1);

  static final String COLLEGE = "NCH";
  static final String LEAD_CONTACT = "Priya Shah, Academy apprenticeships lead";
  private static final List<String> CONTACTS = List.of(
      LEAD_CONTACT,
      "Tom Okafor, Academy apprenticeships officer",
      "Hannah Lewis, Academy apprenticeships officer",
      "Marek Nowak, Academy apprenticeships officer");

  private static final long SALT = 0x4150505245435449L;
  private static final int OVERDUE_AFTER_DAYS = 84;

  private final List<PlannedProgramme> programmes;
  private final List<PlannedCohort> cohorts;
  private final String demoApprenticePersonId;

  private ApprenticeshipPlan(List<PlannedCohort> cohorts, String demoApprenticePersonId) {
    this.programmes = PROGRAMMES;
    this.cohorts = List.copyOf(cohorts);
    this.demoApprenticePersonId = demoApprenticePersonId;
  }

  /** The plan of the generator's city; streams its people once. */
  public static ApprenticeshipPlan of(CityGenerator city) {
    return new Builder(Objects.requireNonNull(city, "city")).build();
  }

  public List<PlannedProgramme> programmes() {
    return programmes;
  }

  public List<PlannedCohort> cohorts() {
    return cohorts;
  }

  /** DEMO only: the apprentice the demo login "apprentice" signs in as (null at CITY scale). */
  public String demoApprenticePersonId() {
    return demoApprenticePersonId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApprenticeshipPlan other
        && cohorts.equals(other.cohorts)
        && Objects.equals(demoApprenticePersonId, other.demoApprenticePersonId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cohorts, demoApprenticePersonId);
  }

  @Override
  public String toString() {
    return "ApprenticeshipPlan[" + cohorts.size() + " cohorts, "
        + cohorts.stream().mapToInt(c -> c.apprentices().size()).sum() + " apprentices]";
  }

  /** The programme of a standard code. */
  static PlannedProgramme programme(String standardCode) {
    return PROGRAMMES.stream().filter(p -> p.standardCode().equals(standardCode)).findFirst().orElseThrow();
  }

  // ---------------------------------------------------------------------------------------------
  // what happens to an apprentice

  private enum Kind { ACTIVE, BREAK_ONGOING, WITHDRAWN, GATEWAY, EPA, COMPLETED, ACHIEVED, FAILED }

  /**
   * What the apprentice's journey comes to by "as of".
   *
   * @param breakFirst a break in learning (and a return) early in the programme; for WITHDRAWN: withdrawn
   *     during a break
   */
  private record Outcome(Kind kind, boolean behind, boolean overdue, boolean breakFirst, String reason, String grade) {
    static Outcome of(Kind kind) {
      return new Outcome(kind, false, false, false, null, null);
    }

    static Outcome lagging() {
      return new Outcome(Kind.ACTIVE, true, false, false, null, null);
    }

    static Outcome reviewOverdue(boolean behind) {
      return new Outcome(Kind.ACTIVE, behind, true, false, null, null);
    }

    static Outcome returned() {
      return new Outcome(Kind.ACTIVE, false, false, true, null, null);
    }

    static Outcome withdrawn(String reason) {
      return new Outcome(Kind.WITHDRAWN, false, false, false, reason, null);
    }

    static Outcome achieved(String grade) {
      return new Outcome(Kind.ACHIEVED, false, false, false, null, grade);
    }

    boolean reachesGateway() {
      return kind.ordinal() >= Kind.GATEWAY.ordinal();
    }
  }

  /** A cohort to build: who employs how many, and what becomes of each apprentice in order. */
  private record Spec(
      PlannedProgramme programme,
      String provider,
      LocalDate start,
      String contact,
      Map<String, Integer> employers,
      List<Outcome> outcomes,
      List<Candidate> firstPicks) {}

  /** Just what the plan needs of a generated person. */
  private record Candidate(
      String personId, String name, String org, String lineManager, String group, LocalDate postStart) {}

  // ---------------------------------------------------------------------------------------------

  private static final class Builder {
    private final CityGenerator city;
    private final LocalDate asOf;
    private final long seed;
    private final Map<String, List<Candidate>> byOrg = new LinkedHashMap<>();
    private final Set<String> used = new HashSet<>();
    private final Map<String, String> orgType = new HashMap<>();
    private final Map<String, Integer> orgSize = new HashMap<>();
    private String demoApprentice;

    Builder(CityGenerator city) {
      this.city = city;
      this.asOf = city.asOf();
      this.seed = city.seed();
    }

    ApprenticeshipPlan build() {
      for (GeneratedOrganisation o : city.organisations()) {
        byOrg.put(o.code(), new ArrayList<>());
        orgType.put(o.code(), o.type());
      }
      boolean demo = city.scale() == CityScale.DEMO;
      List<GeneratedPerson> demoPeople = demo ? new ArrayList<>() : null;
      Set<String> lineManagers = new HashSet<>();
      int managers = city.managerCount();
      int[] index = {0};
      city.people().forEachOrdered(p -> {
        int i = index[0]++;
        if (demoPeople != null) {
          demoPeople.add(p);
        }
        for (GeneratedEmployment e : p.employments()) {
          if (e.lineManagerPersonId() != null) {
            lineManagers.add(e.lineManagerPersonId());
          }
        }
        GeneratedEmployment main = p.employments().get(0);
        if (i < managers || !main.current()) {
          return;
        }
        List<Candidate> list = byOrg.get(main.organisationCode());
        if (list != null) {
          list.add(new Candidate(p.personId(), p.givenName() + " " + p.familyName(), main.organisationCode(),
              main.lineManagerPersonId(), main.staffGroup(), main.startDate()));
        }
      });
      int o = 0;
      for (Map.Entry<String, List<Candidate>> entry : byOrg.entrySet()) {
        List<Candidate> list = entry.getValue();
        list.removeIf(c -> lineManagers.contains(c.personId()));
        orgSize.put(entry.getKey(), list.size());
        shuffle(list, new SplittableRandom(SeedMix.of(seed ^ SALT, -1 - o++)));
      }

      List<Spec> specs;
      if (demo) {
        List<Candidate> teammates = reserveDemoLogins(demoPeople);
        specs = demoSpecs(teammates);
      } else {
        specs = citySpecs();
      }
      List<PlannedCohort> cohorts = new ArrayList<>(specs.size());
      Set<String> names = new HashSet<>();
      for (int c = 0; c < specs.size(); c++) {
        PlannedCohort cohort = cohort(specs.get(c), c);
        String name = cohort.name();
        for (char suffix = 'B'; !names.add(name); suffix++) {
          name = cohort.name() + " (" + suffix + ")";
        }
        if (!name.equals(cohort.name())) {
          cohort = new PlannedCohort(name, cohort.standardCode(), cohort.providerCode(), cohort.startDate(),
              cohort.academyContact(), cohort.employerCodes(), cohort.apprentices());
        }
        cohorts.add(cohort);
      }
      return new ApprenticeshipPlan(cohorts, demoApprentice);
    }

    // -------------------------------------------------------------------------------------------
    // the demo city

    /**
     * Keeps the people behind the other demo logins out of the plan (the passport's demo cast
     * picks them by "first in stream order" rules; the first few of each rule are left alone),
     * and returns the staff login's free teammates at the hospital, in stream order.
     */
    private List<Candidate> reserveDemoLogins(List<GeneratedPerson> people) {
      GeneratedPerson nurse = DemoPicks.hospitalNurse(people);
      used.add(nurse.personId());
      String team = DemoPicks.currentPost(nurse, DemoPicks.HOSPITAL).orElseThrow().lineManagerPersonId();
      String council = city.organisations().stream().filter(o -> o.type().equals("LOCAL_AUTHORITY"))
          .map(GeneratedOrganisation::code).findFirst().orElse(null);
      reserveFirst(people, 3, p -> DemoPicks.currentPost(p, DemoPicks.HOSPITAL)
          .filter(e -> e.staffGroup().equals("ADMIN_CLERICAL")).isPresent());
      reserveFirst(people, 3, p -> council != null && DemoPicks.currentPost(p, council).isPresent());
      reserveFirst(people, 3, p -> DemoPicks.currentPost(p, "BWC").isPresent());
      Set<String> staffIds = new HashSet<>();
      byOrg.values().forEach(list -> list.forEach(c -> staffIds.add(c.personId())));
      reserveFirst(people, 3, p -> staffIds.contains(p.personId()) && DemoPicks.currentPost(p, "BWC").isPresent());

      List<Candidate> teammates = new ArrayList<>();
      Map<String, Candidate> hospitalStaff = new HashMap<>();
      byOrg.getOrDefault(DemoPicks.HOSPITAL, List.of()).forEach(c -> hospitalStaff.put(c.personId(), c));
      for (GeneratedPerson p : people) {
        Candidate c = hospitalStaff.get(p.personId());
        if (c != null && !used.contains(c.personId()) && team != null && team.equals(c.lineManager())) {
          teammates.add(c);
          if (teammates.size() == 2) {
            break;
          }
        }
      }
      if (!teammates.isEmpty()) {
        demoApprentice = teammates.get(0).personId();
      }
      return teammates;
    }

    private void reserveFirst(List<GeneratedPerson> people, int n, Predicate<GeneratedPerson> test) {
      int found = 0;
      for (GeneratedPerson p : people) {
        if (found == n) {
          return;
        }
        if (test.test(p)) {
          used.add(p.personId());
          found++;
        }
      }
    }

    private List<Spec> demoSpecs(List<Candidate> teammates) {
      List<Spec> specs = new ArrayList<>();
      specs.add(dataAnalystSpec(teammates));
      specs.add(new Spec(ADULT_CARE, COLLEGE, monday(asOf.minusMonths(20)), CONTACTS.get(1),
          linked("BWC", 4, "NCC", 4, "NCN", 2, "NHC", 2),
          List.of(
              Outcome.achieved("PASS"), Outcome.achieved("MERIT"), Outcome.achieved("DISTINCTION"),
              Outcome.withdrawn("PERSONAL"), Outcome.achieved("PASS"),
              new Outcome(Kind.ACHIEVED, false, false, true, null, "MERIT"),
              Outcome.of(Kind.FAILED), Outcome.achieved("PASS"), Outcome.achieved("MERIT"),
              Outcome.withdrawn("CHANGED_CAREER"), Outcome.achieved("DISTINCTION"), Outcome.achieved("PASS")),
          List.of()));
      specs.add(new Spec(SENIOR_HCSW, COLLEGE, monday(asOf.minusMonths(20)), CONTACTS.get(2),
          linked("NGH", 4, "RCT", 3, "LKH", 2, "ETS", 1),
          List.of(
              Outcome.of(Kind.GATEWAY), Outcome.of(Kind.EPA), Outcome.of(Kind.COMPLETED), Outcome.of(Kind.GATEWAY),
              Outcome.of(Kind.EPA), Outcome.of(Kind.COMPLETED), Outcome.withdrawn("HEALTH"), Outcome.of(Kind.GATEWAY),
              Outcome.of(Kind.EPA), Outcome.of(Kind.COMPLETED)),
          List.of()));
      specs.add(new Spec(TEAM_LEADER, COLLEGE, monday(asOf.minusMonths(6)), CONTACTS.get(3),
          linked("NGH", 2, "NCC", 2, "BWC", 2, "RCT", 1, "LKH", 1),
          List.of(
              Outcome.of(Kind.ACTIVE), Outcome.lagging(), Outcome.of(Kind.ACTIVE), Outcome.reviewOverdue(false),
              Outcome.withdrawn("PROGRAMME_NOT_SUITABLE"), Outcome.of(Kind.ACTIVE), Outcome.of(Kind.ACTIVE),
              Outcome.of(Kind.ACTIVE)),
          List.of()));
      specs.add(new Spec(NURSING_ASSOCIATE, DemoPicks.HOSPITAL, monday(asOf.minusWeeks(6)), LEAD_CONTACT,
          linked("NGH", 5, "RCT", 2, "LKH", 1, "NVM", 1, "ETS", 1),
          List.of(
              Outcome.of(Kind.ACTIVE), Outcome.of(Kind.ACTIVE), Outcome.of(Kind.ACTIVE), Outcome.lagging(),
              Outcome.of(Kind.ACTIVE), Outcome.of(Kind.ACTIVE), Outcome.of(Kind.ACTIVE), Outcome.of(Kind.ACTIVE),
              Outcome.of(Kind.ACTIVE), Outcome.of(Kind.ACTIVE)),
          List.of()));
      return specs;
    }

    /**
     * 24 apprentices from the ten organisations, started about ten months ago: two breaks (one back,
     * one still away), two withdrawn for different reasons, the rest active and some behind.
     */
    private Spec dataAnalystSpec(List<Candidate> firstPicks) {
      List<Outcome> outcomes = List.of(
          // NGH: the demo apprentice, their teammate, four more
          Outcome.of(Kind.ACTIVE), Outcome.lagging(), Outcome.of(Kind.ACTIVE), Outcome.returned(),
          Outcome.of(Kind.ACTIVE), Outcome.reviewOverdue(true),
          // RCT
          Outcome.withdrawn("LEFT_EMPLOYER"), Outcome.of(Kind.ACTIVE), Outcome.lagging(),
          // NCC
          Outcome.of(Kind.BREAK_ONGOING), Outcome.of(Kind.ACTIVE), Outcome.reviewOverdue(false),
          // BWC
          Outcome.withdrawn("WORKLOAD"), Outcome.of(Kind.ACTIVE),
          // LKH, ETS, NCN, NVM, NHC, NCH
          Outcome.lagging(), Outcome.of(Kind.ACTIVE), Outcome.of(Kind.ACTIVE), Outcome.of(Kind.ACTIVE),
          Outcome.of(Kind.ACTIVE), Outcome.lagging(), Outcome.of(Kind.ACTIVE), Outcome.of(Kind.ACTIVE),
          Outcome.of(Kind.ACTIVE), Outcome.of(Kind.ACTIVE));
      Map<String, Integer> employers = new LinkedHashMap<>();
      DATA_ANALYST_EMPLOYERS.forEach((code, n) -> {
        if (byOrg.containsKey(code)) {
          employers.put(code, n);
        }
      });
      return new Spec(DATA_ANALYST, COLLEGE, monday(asOf.minusMonths(10)), LEAD_CONTACT, employers, outcomes,
          firstPicks);
    }

    // -------------------------------------------------------------------------------------------
    // the full city

    private List<Spec> citySpecs() {
      // programme and how many months ago each of its cohorts started
      Map<PlannedProgramme, int[]> starts = new LinkedHashMap<>();
      starts.put(DATA_ANALYST, new int[] {10, 3, 17, 22});
      starts.put(SENIOR_HCSW, new int[] {1, 5, 9, 13, 17, 20, 24, 27});
      starts.put(NURSING_ASSOCIATE, new int[] {2, 8, 14, 20, 25, 28});
      starts.put(ADULT_CARE, new int[] {1, 4, 7, 10, 13, 16, 19, 22});
      starts.put(LEAD_ADULT_CARE, new int[] {2, 6, 11, 15, 20, 23});
      starts.put(TEAM_LEADER, new int[] {1, 4, 8, 12, 15, 18, 21, 26});
      List<Spec> specs = new ArrayList<>();
      SplittableRandom r = new SplittableRandom(SeedMix.of(seed ^ SALT, 7));
      boolean first = true;
      for (Map.Entry<PlannedProgramme, int[]> entry : starts.entrySet()) {
        PlannedProgramme programme = entry.getKey();
        for (int monthsAgo : entry.getValue()) {
          if (first) {
            specs.add(dataAnalystSpec(List.of()));
            first = false;
            continue;
          }
          int size = 15 + r.nextInt(21);
          LocalDate start = monday(asOf.minusMonths(monthsAgo));
          String provider = programme == NURSING_ASSOCIATE
              ? (r.nextInt(3) < 2 || !byOrg.containsKey("NGUH") ? DemoPicks.HOSPITAL : "NGUH")
              : COLLEGE;
          String contact = CONTACTS.get(r.nextInt(CONTACTS.size()));
          Map<String, Integer> employers = employers(programme, size, r);
          List<Outcome> outcomes = new ArrayList<>(size);
          for (int a = 0; a < size; a++) {
            outcomes.add(outcome(programme, monthsAgo, r));
          }
          specs.add(new Spec(programme, provider, start, contact, employers, outcomes, List.of()));
        }
      }
      return specs;
    }

    private Map<String, Integer> employers(PlannedProgramme programme, int size, SplittableRandom r) {
      Set<String> types = sectorTypes(programme);
      List<String> pool = new ArrayList<>();
      for (String code : byOrg.keySet()) {
        if (types.contains(orgType.get(code)) && orgSize.get(code) > 0) {
          pool.add(code);
        }
      }
      int k = Math.min(Math.min(pool.size(), size), 1 + r.nextInt(12));
      List<String> chosen = new ArrayList<>();
      // an employer sends at most about a tenth of its staff; more employers join until there is room
      while (!pool.isEmpty() && chosen.size() < 12 && (chosen.size() < k || capacity(chosen) < size)) {
        double total = 0;
        for (String code : pool) {
          total += Math.sqrt(orgSize.get(code));
        }
        double u = r.nextDouble() * total;
        String pick = pool.get(pool.size() - 1);
        for (String code : pool) {
          u -= Math.sqrt(orgSize.get(code));
          if (u < 0) {
            pick = code;
            break;
          }
        }
        pool.remove(pick);
        chosen.add(pick);
      }
      Map<String, Integer> counts = new LinkedHashMap<>();
      chosen.forEach(code -> counts.put(code, 1));
      int placed = chosen.size();
      while (placed < size) {
        long weight = 0;
        for (String code : chosen) {
          weight += counts.get(code) < cap(code) ? orgSize.get(code) : 0;
        }
        if (weight == 0) {
          break;
        }
        long u = r.nextLong(weight);
        for (String code : chosen) {
          if (counts.get(code) < cap(code)) {
            u -= orgSize.get(code);
            if (u < 0) {
              counts.merge(code, 1, Integer::sum);
              placed++;
              break;
            }
          }
        }
      }
      return counts;
    }

    private int cap(String org) {
      return Math.max(1, orgSize.get(org) / 10);
    }

    private int capacity(List<String> orgs) {
      return orgs.stream().mapToInt(this::cap).sum();
    }

    private static Set<String> sectorTypes(PlannedProgramme programme) {
      Set<String> health = Set.of("NHS_TRUST", "HOSPICE", "PRIMARY_CARE");
      Set<String> care = Set.of("CARE_PROVIDER", "LOCAL_AUTHORITY", "VOLUNTARY");
      if (programme == SENIOR_HCSW || programme == NURSING_ASSOCIATE) {
        return health;
      }
      if (programme == ADULT_CARE || programme == LEAD_ADULT_CARE) {
        return care;
      }
      Set<String> all = new HashSet<>(health);
      all.addAll(care);
      all.add("EDUCATION");
      return all;
    }

    /** What becomes of one apprentice of a cohort that started so many months ago. */
    private static Outcome outcome(PlannedProgramme programme, int monthsAgo, SplittableRandom r) {
      int d = programme.durationMonths();
      double u = r.nextDouble();
      if (monthsAgo < d - 1) {
        boolean behind = r.nextDouble() < 0.2;
        if (monthsAgo >= 2 && u < 0.06) {
          return new Outcome(Kind.WITHDRAWN, false, false, monthsAgo >= 6 && r.nextDouble() < 0.25,
              withdrawalReason(r), null);
        }
        if (monthsAgo >= 3 && u < 0.10) {
          return Outcome.of(Kind.BREAK_ONGOING);
        }
        boolean overdue = monthsAgo >= 6 && r.nextDouble() < 0.08;
        boolean breakFirst = monthsAgo >= 6 && u < 0.14;
        return new Outcome(Kind.ACTIVE, behind, overdue, breakFirst, null, null);
      }
      boolean breakFirst = r.nextDouble() < 0.06;
      if (monthsAgo < d + 4) {
        if (u < 0.08) {
          return Outcome.withdrawn(withdrawalReason(r));
        }
        if (u < 0.2) {
          return new Outcome(Kind.ACTIVE, r.nextDouble() < 0.5, false, breakFirst, null, null);
        }
        double v = r.nextDouble();
        Kind kind;
        if (monthsAgo <= d) {
          kind = v < 0.5 ? Kind.GATEWAY : v < 0.8 ? Kind.EPA : Kind.COMPLETED;
        } else if (monthsAgo <= d + 2) {
          kind = v < 0.15 ? Kind.GATEWAY : v < 0.45 ? Kind.EPA : v < 0.7 ? Kind.COMPLETED : Kind.ACHIEVED;
        } else {
          kind = v < 0.05 ? Kind.GATEWAY : v < 0.2 ? Kind.EPA : v < 0.4 ? Kind.COMPLETED : v < 0.95 ? Kind.ACHIEVED
              : Kind.FAILED;
        }
        return new Outcome(kind, false, false, breakFirst, null, kind == Kind.ACHIEVED ? grade(r) : null);
      }
      if (u < 0.10) {
        return Outcome.withdrawn(withdrawalReason(r));
      }
      if (u < 0.15) {
        return new Outcome(Kind.FAILED, false, false, breakFirst, null, null);
      }
      return new Outcome(Kind.ACHIEVED, false, false, breakFirst, null, grade(r));
    }

    private static String grade(SplittableRandom r) {
      double u = r.nextDouble();
      return u < 0.45 ? "PASS" : u < 0.8 ? "MERIT" : "DISTINCTION";
    }

    private static String withdrawalReason(SplittableRandom r) {
      return pick(r, WITHDRAWAL_REASONS, 30, 12, 10, 14, 10, 8, 5, 3, 8);
    }

    // -------------------------------------------------------------------------------------------
    // building a cohort

    private PlannedCohort cohort(Spec spec, int index) {
      SplittableRandom r = new SplittableRandom(SeedMix.of(seed ^ SALT, 1_000 + index));
      Set<String> preferred = PREFERRED_GROUPS.get(spec.programme().standardCode());
      List<Candidate> chosen = new ArrayList<>();
      List<String> codes = new ArrayList<>(spec.employers().keySet());
      for (String code : codes) {
        int wanted = spec.employers().get(code);
        for (Candidate c : spec.firstPicks()) {
          if (wanted > 0 && c.org().equals(code) && used.add(c.personId())) {
            chosen.add(c);
            wanted--;
          }
        }
        for (; wanted > 0; wanted--) {
          Candidate c = take(code, preferred, spec.start());
          for (int other = 0; c == null && other < codes.size(); other++) {
            c = take(codes.get(other), preferred, spec.start());
          }
          if (c == null) {
            break;
          }
          chosen.add(c);
        }
      }
      List<PlannedApprentice> apprentices = new ArrayList<>(chosen.size());
      LinkedHashSet<String> employers = new LinkedHashSet<>();
      for (int a = 0; a < chosen.size(); a++) {
        Candidate c = chosen.get(a);
        Outcome outcome = a < spec.outcomes().size() ? spec.outcomes().get(a) : Outcome.of(Kind.ACTIVE);
        SplittableRandom ar = new SplittableRandom(SeedMix.of(seed ^ SALT, ((long) index << 20) + a));
        apprentices.add(apprentice(c, spec, outcome, ar, a == 0));
        employers.add(c.org());
      }
      String name = spec.programme().title() + " L" + spec.programme().level() + " \u2014 "
          + spec.start().getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + spec.start().getYear();
      return new PlannedCohort(name, spec.programme().standardCode(), spec.provider(), spec.start(),
          spec.contact(), List.copyOf(employers), apprentices);
    }

    /** The next free person of the organisation: of a fitting staff group in post by the start if possible. */
    private Candidate take(String org, Set<String> preferred, LocalDate start) {
      List<Candidate> list = byOrg.getOrDefault(org, List.of());
      for (int pass = 0; pass < 3; pass++) {
        for (Candidate c : list) {
          if (used.contains(c.personId())) {
            continue;
          }
          boolean inPost = !c.postStart().isAfter(start);
          boolean fits = switch (pass) {
            case 0 -> inPost && preferred.contains(c.group());
            case 1 -> inPost && !c.group().equals("STUDENTS");
            default -> true;
          };
          if (fits) {
            used.add(c.personId());
            return c;
          }
        }
      }
      return null;
    }

    // -------------------------------------------------------------------------------------------
    // one apprentice

    private PlannedApprentice apprentice(Candidate c, Spec spec, Outcome o, SplittableRandom r, boolean onTime) {
      PlannedProgramme programme = spec.programme();
      LocalDate start = spec.start();
      if (!onTime && r.nextDouble() < 0.15 && !start.plusWeeks(2).isAfter(asOf.minusWeeks(2))) {
        start = start.plusWeeks(1 + r.nextInt(2));
      }
      double v = r.nextDouble();
      int months = programme.durationMonths() + (v < 0.1 ? -1 : v < 0.2 ? 1 : 0);
      LocalDate plannedEnd = start.plusMonths(months);
      int minimum = programme.minimumOtjHours();
      int plannedOtj = r.nextDouble() < 0.5 ? minimum : minimum + r.nextInt(minimum / 10 + 1);

      Journey journey = journey(o, start, plannedEnd, r);
      List<PlannedOtj> otj = otj(programme, o, start, plannedEnd, plannedOtj, journey, r);
      List<PlannedReview> reviews = reviews(c, o, start, journey, r);
      return new PlannedApprentice(c.personId(), c.name(), c.org(), c.lineManager(), start, plannedEnd, plannedOtj,
          journey.steps, otj, reviews, equality(r));
    }

    /** The steps, and when learning stopped (withdrawn or gateway) and the break, if any. */
    private static final class Journey {
      final List<PlannedStatus> steps = new ArrayList<>();
      LocalDate learningEnds;
      LocalDate breakFrom;
      LocalDate breakTo; // null: still on break

      boolean onBreak(LocalDate d) {
        return breakFrom != null && !d.isBefore(breakFrom) && (breakTo == null || d.isBefore(breakTo));
      }
    }

    private Journey journey(Outcome o, LocalDate start, LocalDate plannedEnd, SplittableRandom r) {
      Journey j = new Journey();
      j.steps.add(new PlannedStatus(ACTIVE, start, null, null, null, "Started on programme."));
      LocalDate horizon = min(asOf, plannedEnd);
      long span = ChronoUnit.DAYS.between(start, horizon);
      LocalDate after = start;
      boolean breakFirst = o.breakFirst() && span >= 150;
      if (breakFirst) {
        LocalDate from = start.plusDays((long) (span * (0.15 + 0.3 * r.nextDouble())));
        LocalDate plannedReturn = from.plusDays(42 + r.nextInt(57));
        j.breakFrom = from;
        j.steps.add(new PlannedStatus(BREAK_IN_LEARNING, from, null, plannedReturn, null, pick(r, BREAK_NOTES)));
        if (o.kind() == Kind.WITHDRAWN) {
          LocalDate w = min(asOf, from.plusDays(14 + r.nextInt(70)));
          j.breakTo = w;
          j.learningEnds = w;
          j.steps.add(withdrawal(w, o.reason()));
          return j;
        }
        LocalDate back = min(asOf.minusDays(1), plannedReturn.plusDays(r.nextInt(22) - 7));
        back = back.isAfter(from) ? back : from.plusDays(1);
        j.breakTo = back;
        j.steps.add(new PlannedStatus(ACTIVE, back, null, null, null, "Back from the break in learning."));
        after = back;
      }
      switch (o.kind()) {
        case ACTIVE -> { }
        case BREAK_ONGOING -> {
          LocalDate from = max(after.plusDays(28), asOf.minusDays(14 + r.nextInt(43)));
          if (!from.isAfter(asOf)) {
            j.breakFrom = from;
            j.steps.add(new PlannedStatus(BREAK_IN_LEARNING, from, null, asOf.plusDays(14 + r.nextInt(71)), null,
                pick(r, BREAK_NOTES)));
          }
        }
        case WITHDRAWN -> {
          long room = Math.max(1, ChronoUnit.DAYS.between(after, horizon));
          LocalDate w = min(asOf, after.plusDays(Math.max(14, (long) (room * (0.15 + 0.7 * r.nextDouble())))));
          j.learningEnds = w;
          j.steps.add(withdrawal(w, o.reason()));
        }
        default -> gateway(j, o, after, plannedEnd, r);
      }
      return j;
    }

    private static PlannedStatus withdrawal(LocalDate on, String reason) {
      return new PlannedStatus(WITHDRAWN, on, reason, null, null, WITHDRAWAL_NOTES.get(reason));
    }

    /** Gateway about the planned end, then end-point assessment, completion and the result. */
    private void gateway(Journey j, Outcome o, LocalDate after, LocalDate plannedEnd, SplittableRandom r) {
      List<LocalDate> dates = new ArrayList<>();
      LocalDate g = plannedEnd.plusDays(r.nextInt(31) - 10);
      dates.add(g);
      dates.add(g.plusDays(14 + r.nextInt(22)));
      dates.add(dates.get(1).plusDays(7 + r.nextInt(22)));
      dates.add(dates.get(2).plusDays(7 + r.nextInt(29)));
      int steps = switch (o.kind()) {
        case GATEWAY -> 1;
        case EPA -> 2;
        case COMPLETED -> 3;
        default -> 4;
      };
      LocalDate last = dates.get(steps - 1);
      LocalDate latest = asOf.minusDays(r.nextInt(8));
      if (last.isAfter(latest)) {
        long shift = ChronoUnit.DAYS.between(latest, last);
        dates.replaceAll(d -> d.minusDays(shift));
      }
      if (!dates.get(0).isAfter(after)) {
        return; // no room for an assessment: still in learning
      }
      j.learningEnds = dates.get(0);
      j.steps.add(new PlannedStatus(GATEWAY, dates.get(0), null, null, null, "Gateway agreed by employer and provider."));
      if (steps >= 2) {
        j.steps.add(new PlannedStatus(END_POINT_ASSESSMENT, dates.get(1), null, null, null,
            "End-point assessment booked with the assessment organisation."));
      }
      if (steps >= 3) {
        j.steps.add(new PlannedStatus(COMPLETED, dates.get(2), null, null, null, "Assessment complete; awaiting the result."));
      }
      if (steps >= 4) {
        j.steps.add(o.kind() == Kind.FAILED
            ? new PlannedStatus(FAILED, dates.get(3), null, null, null, "Did not pass the end-point assessment.")
            : new PlannedStatus(ACHIEVED, dates.get(3), null, null, o.grade() == null ? "PASS" : o.grade(),
                "Certificate requested."));
      }
    }

    private List<PlannedOtj> otj(PlannedProgramme programme, Outcome o, LocalDate start, LocalDate plannedEnd,
        int plannedOtj, Journey j, SplittableRandom r) {
      LocalDate end = j.learningEnds == null ? asOf : min(asOf, j.learningEnds);
      double weeks = Math.max(1, ChronoUnit.DAYS.between(start, plannedEnd) / 7.0);
      double pace = plannedOtj / weeks;
      double skip = 0.07;
      double factor = o.behind() ? 0.35 + 0.3 * r.nextDouble()
          : o.reachesGateway() ? 1.02 + 0.1 * r.nextDouble()
          : 0.92 + 0.28 * r.nextDouble();
      if (j.breakTo != null && o.reachesGateway()) {
        factor *= 1.2; // caught up after the break
      }
      double weekly = pace * factor / (1 - skip);
      List<String> topics = TOPICS.get(programme.standardCode());
      List<PlannedOtj> out = new ArrayList<>();
      for (LocalDate week = start; !week.isAfter(end); week = week.plusWeeks(1)) {
        if (r.nextDouble() < skip) {
          continue;
        }
        double hours = weekly * (0.8 + 0.4 * r.nextDouble());
        int parts = hours > 7.5 || r.nextDouble() < 0.25 ? 2 : 1;
        int firstDay = r.nextInt(parts == 1 ? 5 : 4);
        int[] days = parts == 1 ? new int[] {firstDay} : new int[] {firstDay, firstDay + 1 + r.nextInt(4 - firstDay)};
        for (int day : days) {
          LocalDate date = week.plusDays(day);
          if (date.isAfter(end) || j.onBreak(date)) {
            continue;
          }
          BigDecimal h = BigDecimal.valueOf(Math.max(0.5, Math.min(12, Math.round(hours / parts * 4) / 4.0)))
              .setScale(2, RoundingMode.HALF_UP);
          String activity = pick(r, ACTIVITIES, 25, 20, 8, 7, 7, 18, 12, 3);
          String note = r.nextDouble() < 0.1 ? null : ACTIVITY_NOTES.get(activity) + pick(r, topics);
          long age = ChronoUnit.DAYS.between(date, asOf);
          double confirmedChance = age <= 28 ? 0.35 : age <= 56 ? 0.85 : 0.99;
          out.add(new PlannedOtj(date, h, activity, note, r.nextDouble() < confirmedChance));
        }
      }
      return out;
    }

    private List<PlannedReview> reviews(Candidate c, Outcome o, LocalDate start, Journey j, SplittableRandom r) {
      LocalDate end = j.learningEnds == null ? asOf : min(asOf, j.learningEnds);
      if (o.overdue()) {
        end = min(end, asOf.minusDays(OVERDUE_AFTER_DAYS + 7 + r.nextInt(35)));
      }
      String attendees = c.lineManager() == null ? "apprentice, tutor" : "apprentice, line manager, tutor";
      List<PlannedReview> out = new ArrayList<>();
      LocalDate d = start.plusDays(56 + r.nextInt(29));
      while (!d.isAfter(end)) {
        if (j.onBreak(d)) {
          if (j.breakTo == null) {
            break;
          }
          d = j.breakTo.plusDays(7 + r.nextInt(14));
          continue;
        }
        String notes = o.behind() && r.nextDouble() < 0.7 ? pick(r, BEHIND_NOTES) : pick(r, REVIEW_NOTES);
        String who = r.nextDouble() < 0.1 ? attendees + ", academy apprenticeships lead" : attendees;
        out.add(new PlannedReview(d, who, notes));
        d = d.plusDays(56 + r.nextInt(29));
      }
      return out;
    }

    private static PlannedEquality equality(SplittableRandom r) {
      if (r.nextDouble() < 0.1) {
        return null;
      }
      return new PlannedEquality(
          pick(r, ETHNICITIES, 65, 5, 15, 10, 3, 2),
          pick(r, SEXES, 74, 24, 2),
          pick(r, DISABILITIES, 9, 87, 4),
          pick(r, DECILES, 14, 13, 12, 11, 10, 9, 8, 8, 7, 6, 2));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // codes and words

  static final List<String> WITHDRAWAL_REASONS = List.of(
      "LEFT_EMPLOYER", "CHANGED_CAREER", "HEALTH", "PERSONAL", "WORKLOAD", "PROGRAMME_NOT_SUITABLE",
      "TRANSFERRED_PROVIDER", "DISMISSED", "OTHER");
  static final List<String> ACTIVITIES = List.of(
      "TAUGHT_SESSION", "SELF_STUDY", "MENTORING", "SHADOWING", "PROJECT", "ONLINE_LEARNING", "ASSIGNMENT",
      "INDUSTRY_VISIT");
  static final List<String> ETHNICITIES = List.of("WHITE", "MIXED", "ASIAN", "BLACK", "OTHER", "PREFER_NOT_TO_SAY");
  static final List<String> SEXES = List.of("FEMALE", "MALE", "PREFER_NOT_TO_SAY");
  static final List<String> DISABILITIES = List.of("YES", "NO", "PREFER_NOT_TO_SAY");
  static final List<String> DECILES =
      List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "PREFER_NOT_TO_SAY");

  private static final Map<String, String> WITHDRAWAL_NOTES = Map.of(
      "LEFT_EMPLOYER", "Left the employer.",
      "CHANGED_CAREER", "Moving into a different career.",
      "HEALTH", "Withdrew for health reasons.",
      "PERSONAL", "Personal circumstances.",
      "WORKLOAD", "Could not balance the programme with the workload.",
      "PROGRAMME_NOT_SUITABLE", "The programme did not fit the role.",
      "TRANSFERRED_PROVIDER", "Moved to another training provider.",
      "DISMISSED", "Employment ended.",
      "OTHER", "Other reasons.");

  private static final List<String> BREAK_NOTES = List.of(
      "Maternity leave.", "Long-term sickness.", "Caring responsibilities.", "Agreed pause for personal reasons.");

  private static final Map<String, String> ACTIVITY_NOTES = Map.of(
      "TAUGHT_SESSION", "Workshop: ",
      "SELF_STUDY", "Reading: ",
      "MENTORING", "Mentoring: ",
      "SHADOWING", "Shadowing: ",
      "PROJECT", "Work project: ",
      "ONLINE_LEARNING", "E-learning: ",
      "ASSIGNMENT", "Assignment: ",
      "INDUSTRY_VISIT", "Visit: ");

  private static final Map<String, List<String>> TOPICS = Map.of(
      "ST0118", List.of("SQL queries", "data cleansing", "spreadsheet modelling", "dashboards", "statistics basics",
          "data protection and GDPR", "presenting findings", "workforce data"),
      "ST0217", List.of("clinical observations", "wound care", "infection prevention", "dementia care",
          "person-centred care", "record keeping", "end of life care", "safeguarding"),
      "ST0827", List.of("anatomy and physiology", "medicines management", "clinical skills", "care planning",
          "mental health", "evidence-based practice", "leadership in care", "safeguarding"),
      "ST0005", List.of("person-centred care", "communication", "moving and handling", "safeguarding",
          "infection prevention", "duty of care", "health and safety", "equality and inclusion"),
      "ST0006", List.of("care planning", "supervising others", "safeguarding", "medication support",
          "positive risk taking", "person-centred care", "partnership working", "record keeping"),
      "ST0384", List.of("leading a team", "managing performance", "coaching", "rotas and resources",
          "handling conflict", "project planning", "communication", "wellbeing at work"));

  private static final Map<String, Set<String>> PREFERRED_GROUPS = Map.of(
      "ST0118", Set.of("ADMIN_CLERICAL", "SUPPORT_ANCILLARY", "ADD_PROF_SCIENTIFIC", "HEALTHCARE_SCIENTISTS",
          "CARE_MANAGER"),
      "ST0217", Set.of("ADDITIONAL_CLINICAL_SERVICES", "CARE_WORKER"),
      "ST0827", Set.of("ADDITIONAL_CLINICAL_SERVICES", "SENIOR_CARE_WORKER", "CARE_WORKER"),
      "ST0005", Set.of("CARE_WORKER"),
      "ST0006", Set.of("SENIOR_CARE_WORKER", "CARE_WORKER"),
      "ST0384", Set.of("SENIOR_CARE_WORKER", "CARE_MANAGER", "ADMIN_CLERICAL", "NURSING_MIDWIFERY",
          "SUPPORT_ANCILLARY", "ESTATES_ANCILLARY"));

  private static final List<String> REVIEW_NOTES = List.of(
      "On track; agreed the next unit and evidence for the portfolio.",
      "Good progress; off-the-job hours on plan.",
      "Discussed recent work and how it maps to the standard.",
      "Progress reviewed; next steps agreed with the line manager.",
      "Portfolio up to date; set targets for the coming weeks.");

  private static final List<String> BEHIND_NOTES = List.of(
      "Off-the-job hours behind plan; agreed protected study time.",
      "Behind on assignments; catch-up plan agreed with the line manager.",
      "Workload has squeezed study time; tutor to check in fortnightly.");

  // ---------------------------------------------------------------------------------------------
  // helpers

  private static Map<String, Integer> linked(Object... codeAndCount) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < codeAndCount.length; i += 2) {
      map.put((String) codeAndCount[i], (Integer) codeAndCount[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }

  private static LocalDate monday(LocalDate d) {
    return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static <T> T pick(SplittableRandom r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  private static <T> T pick(SplittableRandom r, List<T> items, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int u = r.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return items.get(i);
      }
    }
    return items.get(items.size() - 1);
  }

  private static <T> void shuffle(List<T> list, SplittableRandom r) {
    for (int i = list.size() - 1; i > 0; i--) {
      Collections.swap(list, i, r.nextInt(i + 1));
    }
  }
}
