package city.academy.city;

import city.academy.passport.api.TrainingFrameworkDto;
import city.academy.passport.api.TrainingFrameworkDto.LevelDto;
import city.academy.passport.api.TrainingFrameworkDto.OrganisationTypeDto;
import city.academy.passport.api.TrainingFrameworkDto.RequirementRuleDto;
import city.academy.passport.api.TrainingFrameworkDto.StaffGroupDto;
import city.academy.passport.api.TrainingFrameworkDto.SubjectDto;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A deterministic synthetic city: the same framework, scale, seed and "as of" date always give the
 * same organisations and the same people in the same order.
 *
 * <p>Each person is a pure function of (seed, position in the stream), so {@link #people()} holds
 * nothing in memory and can be streamed again. The stream starts with every organisation's
 * managers (organisation by organisation, the head first), then the rest of the staff organisation
 * by organisation; a line manager is therefore always a person of the same organisation emitted
 * earlier, and a loader can insert in stream order.
 *
 * <p>Training records follow the framework's requirement rules for each person's current posts.
 * For the latest record of each requirement: about 82% valid beyond the expiring window, 6.5%
 * expiring within 90 days, 7.5% expired, 4% never done. Earlier refresher cycles are added so that
 * the full city holds about a million records.
 */
public final class CityGenerator {

  public static final long DEFAULT_SEED = 2026L;

  /** The expiring window the status shares above are measured against. */
  static final int EXPIRING_WINDOW_DAYS = 90;

  static final double P_MISSING = 0.04;
  static final double P_EXPIRED = 0.075;
  static final double P_EXPIRING = 0.065;
  static final double P_SECOND_POST = 0.03;
  static final double P_ENDED_POST = 0.05;
  static final double P_HUB_ATTESTS = 0.06;
  static final double TARGET_RECORDS_PER_PERSON = 1_000_000.0 / OrganisationPlan.CITY_PEOPLE;

  /** Staff per manager, and how many managers report to one manager. */
  static final int MANAGER_SPAN = 10;

  static final int MANAGER_FAN_OUT = 8;

  static final int MAX_TENURE_DAYS = 25 * 365;
  static final LocalDate EARLIEST_RECORD = LocalDate.of(2005, 1, 1);
  private static final int MAX_EARLIER_CYCLES = 8;

  private static final Set<String> DEFAULT_NON_CLINICAL =
      Set.of("ADMIN_CLERICAL", "ESTATES_ANCILLARY", "SUPPORT_ANCILLARY");
  private static final Map<String, String> DEFAULT_SECTORS =
      Map.of(
          "NHS_TRUST", "HEALTH",
          "PRIMARY_CARE", "HEALTH",
          "HOSPICE", "HEALTH",
          "EDUCATION", "HEALTH",
          "LOCAL_AUTHORITY", "SOCIAL_CARE",
          "CARE_PROVIDER", "SOCIAL_CARE",
          "VOLUNTARY", "SOCIAL_CARE");

  private final CityScale scale;
  private final long seed;
  private final LocalDate asOf;

  private final List<GeneratedOrganisation> organisations;
  private final int[] size;
  private final int[] managers;
  private final int[] managerStart;
  private final int[] staffStart;
  private final int[] numberSalt;
  private final int totalManagers;
  private final int total;
  private final Map<String, int[]> orgsBySector = new HashMap<>();
  private final Map<String, Integer> hubBySector = new HashMap<>();

  private final Map<String, Boolean> clinicalByGroup = new HashMap<>();
  private final Map<String, String> sectorByType = new HashMap<>(DEFAULT_SECTORS);
  private final List<Rule> rules = new ArrayList<>();
  /** Chance of one more earlier refresher cycle (geometric), calibrated to the record target. */
  private final double earlierCycleChance;

  /**
   * @param framework the training framework whose requirement rules decide the records
   * @param scale demo or full city
   * @param seed any long; {@link #DEFAULT_SEED} for the shared demo and benchmark data
   * @param asOf "today" of the city: no start date or completion is after it
   */
  public CityGenerator(
      TrainingFrameworkDto framework, CityScale scale, long seed, LocalDate asOf) {
    Objects.requireNonNull(framework, "framework");
    this.scale = Objects.requireNonNull(scale, "scale");
    this.seed = seed;
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    readFramework(framework);

    List<OrganisationPlan.Sized> plan = OrganisationPlan.of(scale);
    int n = plan.size();
    List<GeneratedOrganisation> orgs = new ArrayList<>(n);
    size = new int[n];
    managers = new int[n];
    managerStart = new int[n];
    staffStart = new int[n];
    numberSalt = new int[n];
    int m = 0;
    for (int o = 0; o < n; o++) {
      OrganisationPlan.Sized p = plan.get(o);
      orgs.add(new GeneratedOrganisation(p.code(), p.name(), p.type(), sectorOf(p.type())));
      size[o] = p.size();
      managers[o] = Math.max(1, (p.size() + MANAGER_SPAN - 1) / MANAGER_SPAN);
      managerStart[o] = m;
      m += managers[o];
      numberSalt[o] = (int) Math.floorMod(SeedMix.of(seed, -1 - o), 80_000_000L);
    }
    totalManagers = m;
    int s = 0;
    for (int o = 0; o < n; o++) {
      staffStart[o] = s;
      s += size[o] - managers[o];
    }
    total = totalManagers + s;
    organisations = List.copyOf(orgs);

    for (String sector : List.of("HEALTH", "SOCIAL_CARE")) {
      orgsBySector.put(
          sector,
          IntStream.range(0, n).filter(o -> orgs.get(o).sector().equals(sector)).toArray());
    }
    hubBySector.put("HEALTH", firstOfType("NHS_TRUST"));
    hubBySector.put("SOCIAL_CARE", firstOfType("LOCAL_AUTHORITY"));
    earlierCycleChance = calibrate();
  }

  public List<GeneratedOrganisation> organisations() {
    return organisations;
  }

  /**
   * Every person of the city, lazily and in a fixed order. Each call streams the same people
   * again; nothing is kept between people.
   */
  public Stream<GeneratedPerson> people() {
    return IntStream.range(0, total).mapToObj(this::person);
  }

  /** How many people {@link #people()} emits. */
  public int peopleCount() {
    return total;
  }

  /** How many of the first people of {@link #people()} are managers (the rest are staff). */
  int managerCount() {
    return totalManagers;
  }

  public CityScale scale() {
    return scale;
  }

  public long seed() {
    return seed;
  }

  public LocalDate asOf() {
    return asOf;
  }

  /** The expiry of a record: {@code completedOn + refresherMonths}, or none. */
  static LocalDate expiry(LocalDate completedOn, Integer refresherMonths) {
    return refresherMonths == null ? null : completedOn.plusMonths(refresherMonths);
  }

  // ---------------------------------------------------------------------------------------------
  // framework

  private record Rule(
      String subject,
      String level,
      Integer refresherMonths,
      Set<String> groups,
      Boolean clinical,
      Boolean patientFacing,
      Set<String> sectors) {

    boolean matches(String group, boolean isClinical, boolean isPatientFacing, String sector) {
      return (groups.isEmpty() || groups.contains(group))
          && (clinical == null || clinical == isClinical)
          && (patientFacing == null || patientFacing == isPatientFacing)
          && (sectors.isEmpty() || sectors.contains(sector));
    }

    String key() {
      return subject + '|' + level;
    }
  }

  private void readFramework(TrainingFrameworkDto framework) {
    for (StaffGroupDto g : nonNull(framework.staffGroups())) {
      clinicalByGroup.put(g.code(), g.clinical());
    }
    for (OrganisationTypeDto t : nonNull(framework.organisationTypes())) {
      if (t.sector() != null) {
        sectorByType.put(t.code(), t.sector());
      }
    }
    Map<String, LevelDto> levels = new HashMap<>();
    for (SubjectDto subject : nonNull(framework.subjects())) {
      for (LevelDto level : nonNull(subject.levels())) {
        levels.put(subject.code() + '|' + level.code(), level);
      }
    }
    for (RequirementRuleDto r : nonNull(framework.requirementRules())) {
      LevelDto level = levels.get(r.subject() + '|' + r.level());
      if (level == null) {
        throw new IllegalArgumentException(
            "Requirement rule " + r.id() + " names " + r.subject() + " level " + r.level()
                + ", which the framework's subjects do not define");
      }
      rules.add(
          new Rule(
              r.subject(),
              r.level(),
              level.refresherMonths(),
              Set.copyOf(nonNull(r.staffGroups())),
              r.clinical(),
              r.patientFacing(),
              Set.copyOf(nonNull(r.sectors()))));
    }
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }

  private String sectorOf(String type) {
    return sectorByType.getOrDefault(type, "HEALTH");
  }

  private boolean clinical(String group) {
    Boolean c = clinicalByGroup.get(group);
    return c != null ? c : !DEFAULT_NON_CLINICAL.contains(group);
  }

  private int firstOfType(String type) {
    for (int o = 0; o < organisations.size(); o++) {
      if (organisations.get(o).type().equals(type)) {
        return o;
      }
    }
    return 0;
  }

  /**
   * Expected requirements per person over the full city's staff mix decide how many earlier
   * refresher cycles to add so the city holds about a million records, whatever the rules are.
   */
  private double calibrate() {
    double people = 0;
    double required = 0;
    double refreshed = 0;
    for (OrganisationPlan.Sized org : OrganisationPlan.of(CityScale.CITY)) {
      Weighted<String> groups = StaffMix.STAFF.get(org.type());
      if (groups == null) {
        continue;
      }
      String sector = sectorOf(org.type());
      for (int g = 0; g < groups.items().size(); g++) {
        String group = groups.items().get(g);
        boolean clinical = clinical(group);
        Weighted<StaffMix.Role> roles = StaffMix.roles(org.type(), group, false);
        for (int i = 0; i < roles.items().size(); i++) {
          double pf = clinical ? 1 : roles.items().get(i).patientFacing();
          double weight = org.size() * groups.share(g) * roles.share(i);
          people += weight;
          for (Rule rule : rules) {
            double p =
                pf * (rule.matches(group, clinical, true, sector) ? 1 : 0)
                    + (1 - pf) * (rule.matches(group, clinical, false, sector) ? 1 : 0);
            required += weight * p;
            if (rule.refresherMonths() != null) {
              refreshed += weight * p;
            }
          }
        }
      }
    }
    if (people == 0 || refreshed == 0) {
      return 0;
    }
    double latest = (1 - P_MISSING) * required / people;
    double perRequirement = (TARGET_RECORDS_PER_PERSON - latest) / ((1 - P_MISSING) * refreshed / people);
    double mean = Math.max(0, Math.min(4, perRequirement));
    return mean / (1 + mean);
  }

  // ---------------------------------------------------------------------------------------------
  // people

  private record Post(
      int org,
      String group,
      String role,
      boolean clinical,
      boolean patientFacing,
      String lineManager,
      String number,
      LocalDate start,
      LocalDate end) {}

  private static int findOrg(int[] starts, int x) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= x) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private String personIdAt(int index) {
    return PassportIds.of(seed, index);
  }

  private String anyManagerOf(int org, SplittableRandom r) {
    return personIdAt(managerStart[org] + r.nextInt(managers[org]));
  }

  GeneratedPerson person(int index) {
    if (index < 0 || index >= total) {
      throw new IndexOutOfBoundsException(index);
    }
    SplittableRandom r = new SplittableRandom(SeedMix.of(seed, index));
    boolean manager = index < totalManagers;
    int org;
    int pos;
    if (manager) {
      org = findOrg(managerStart, index);
      pos = index - managerStart[org];
    } else {
      int j = index - totalManagers;
      org = findOrg(staffStart, j);
      pos = managers[org] + (j - staffStart[org]);
    }
    String personId = personIdAt(index);
    String given = Names.GIVEN[r.nextInt(Names.GIVEN.length)];
    String family = Names.FAMILY[r.nextInt(Names.FAMILY.length)];

    Post main = mainPost(org, pos, manager, index, r);
    List<Post> posts = new ArrayList<>(3);
    posts.add(main);
    if (!manager && r.nextDouble() < P_SECOND_POST) {
      Post second = secondPost(org, main.group(), index, r);
      if (second != null) {
        posts.add(second);
      }
    }
    Post ended = null;
    if (r.nextDouble() < P_ENDED_POST) {
      ended = endedPost(posts, main, manager, index, r);
    }

    List<GeneratedEmployment> employments = new ArrayList<>(posts.size() + 1);
    for (Post p : posts) {
      employments.add(toEmployment(p));
    }
    if (ended != null) {
      employments.add(toEmployment(ended));
    }
    List<GeneratedRecord> records = records(posts, ended, r);
    return new GeneratedPerson(
        personId, given, family, Names.email(given, family, index + 1), employments, records);
  }

  private GeneratedEmployment toEmployment(Post p) {
    return new GeneratedEmployment(
        organisations.get(p.org()).code(),
        p.number(),
        p.group(),
        p.role(),
        p.clinical(),
        p.patientFacing(),
        p.lineManager(),
        p.start(),
        p.end());
  }

  private Post mainPost(int org, int pos, boolean manager, int index, SplittableRandom r) {
    String type = organisations.get(org).type();
    String group;
    String role;
    double patientFacingChance;
    if (pos == 0) {
      String[] chief = StaffMix.CHIEF.getOrDefault(type, new String[] {"ADMIN_CLERICAL", "Director"});
      group = chief[0];
      role = chief[1];
      patientFacingChance = 0.2;
    } else {
      group = (manager ? StaffMix.MANAGERS : StaffMix.STAFF).get(type).pick(r);
      StaffMix.Role picked = StaffMix.roles(type, group, manager).pick(r);
      role = picked.title();
      patientFacingChance = picked.patientFacing();
    }
    boolean clinical = clinical(group);
    boolean patientFacing = clinical || r.nextDouble() < patientFacingChance;
    String lineManager;
    if (pos == 0) {
      lineManager = null;
    } else if (manager) {
      lineManager = personIdAt(managerStart[org] + (pos - 1) / MANAGER_FAN_OUT);
    } else {
      lineManager = anyManagerOf(org, r);
    }
    int tenure = tenureDays(group, manager, r);
    String number = Integer.toString(10_000_000 + (int) ((pos * 7919L + numberSalt[org]) % 80_000_000L));
    return new Post(org, group, role, clinical, patientFacing, lineManager, number,
        asOf.minusDays(1L + tenure), null);
  }

  private static int tenureDays(String group, boolean manager, SplittableRandom r) {
    if ("STUDENTS".equals(group)) {
      return r.nextInt(3 * 365);
    }
    double meanYears = manager ? 9 : 6;
    double years = -Math.log(1 - r.nextDouble()) * meanYears;
    return (int) Math.min(MAX_TENURE_DAYS - 1, years * 365);
  }

  /** Bank or second job at another organisation of the same sector, weighted by its size. */
  private Post secondPost(int org, String group, int index, SplittableRandom r) {
    int target = otherOrg(orgsBySector.get(organisations.get(org).sector()), Set.of(org), r);
    if (target < 0) {
      return null;
    }
    return postAt(target, group, r, 90_000_000 + index, null, asOf.minusDays(1L + r.nextInt(5 * 365)), null);
  }

  /** An earlier post at another organisation, which ended shortly before the main post began. */
  private Post endedPost(List<Post> current, Post main, boolean manager, int index, SplittableRandom r) {
    LocalDate firstStart = main.start();
    for (Post p : current) {
      firstStart = p.start().isBefore(firstStart) ? p.start() : firstStart;
    }
    LocalDate end = firstStart.minusDays(1L + r.nextInt(60));
    LocalDate start = end.minusDays(180L + r.nextInt(8 * 365));
    if (start.isBefore(asOf.minusDays(MAX_TENURE_DAYS))) {
      return null;
    }
    Set<Integer> exclude = new java.util.HashSet<>();
    for (Post p : current) {
      exclude.add(p.org());
    }
    String sector = organisations.get(main.org()).sector();
    int[] candidates =
        r.nextDouble() < 0.75
            ? orgsBySector.get(sector)
            : IntStream.range(0, organisations.size()).toArray();
    int target = otherOrg(candidates, exclude, r);
    if (target < 0) {
      return null;
    }
    String lineManager = manager ? null : anyManagerOf(target, r);
    return postAt(target, main.group(), r, 95_000_000 + index, lineManager, start, end);
  }

  private Post postAt(
      int target,
      String preferredGroup,
      SplittableRandom r,
      int number,
      String lineManager,
      LocalDate start,
      LocalDate end) {
    String type = organisations.get(target).type();
    Weighted<String> mix = StaffMix.STAFF.get(type);
    String group = StaffMix.closestGroup(mix, preferredGroup, r);
    StaffMix.Role role = StaffMix.roles(type, group, false).pick(r);
    boolean clinical = clinical(group);
    boolean patientFacing = clinical || r.nextDouble() < role.patientFacing();
    String manager = lineManager != null || end != null ? lineManager : anyManagerOf(target, r);
    return new Post(target, group, role.title(), clinical, patientFacing, manager,
        Integer.toString(number), start, end);
  }

  /** A random organisation from the candidates, not excluded, weighted by size; -1 if none. */
  private int otherOrg(int[] candidates, Set<Integer> exclude, SplittableRandom r) {
    long weight = 0;
    for (int o : candidates) {
      if (!exclude.contains(o)) {
        weight += size[o];
      }
    }
    if (weight == 0) {
      return -1;
    }
    long u = r.nextLong(weight);
    for (int o : candidates) {
      if (!exclude.contains(o)) {
        u -= size[o];
        if (u < 0) {
          return o;
        }
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------------------------------------
  // records

  private List<GeneratedRecord> records(List<Post> current, Post ended, SplittableRandom r) {
    Map<String, Object[]> required = new LinkedHashMap<>();
    for (Rule rule : rules) {
      for (Post p : current) {
        String sector = organisations.get(p.org()).sector();
        if (rule.matches(p.group(), p.clinical(), p.patientFacing(), sector)) {
          required.putIfAbsent(rule.key(), new Object[] {rule, p});
          break;
        }
      }
    }
    LocalDate firstStart = current.get(0).start();
    for (Post p : current) {
      firstStart = p.start().isBefore(firstStart) ? p.start() : firstStart;
    }
    if (ended != null && ended.start().isBefore(firstStart)) {
      firstStart = ended.start();
    }

    double present = 1 - P_MISSING;
    double expired = P_EXPIRED / present;
    double expiring = P_EXPIRING / present;
    List<GeneratedRecord> out = new ArrayList<>(required.size() * 2);
    for (Object[] req : required.values()) {
      Rule rule = (Rule) req[0];
      Post post = (Post) req[1];
      double u = r.nextDouble();
      if (u < P_MISSING) {
        continue;
      }
      Integer months = rule.refresherMonths();
      if (months == null) {
        // done once, in the first twelve weeks in post; still in progress for the newest starters
        LocalDate done = firstStart.plusDays(r.nextInt(84));
        if (!done.isAfter(asOf)) {
          out.add(record(rule, done, latestSource(done, post, r), attester(done, post, ended, r)));
        }
        continue;
      }
      double v = (u - P_MISSING) / present;
      LocalDate base = asOf.minusMonths(months);
      LocalDate done;
      if (v < expired) {
        done = base.minusDays(1L + r.nextInt(730));
      } else if (v < expired + expiring) {
        done = base.plusDays(1L + r.nextInt(EXPIRING_WINDOW_DAYS));
      } else {
        LocalDate from = base.plusDays(EXPIRING_WINDOW_DAYS + 1L);
        long span = Math.max(0, ChronoUnit.DAYS.between(from, asOf));
        done = from.plusDays(r.nextLong(span + 1));
      }
      if (done.isAfter(asOf)) {
        done = asOf;
      }
      int cycles = 0;
      while (cycles < MAX_EARLIER_CYCLES && r.nextDouble() < earlierCycleChance) {
        cycles++;
      }
      LocalDate later = done;
      for (int c = 0; c < cycles; c++) {
        // renewed up to 60 days before the earlier record expired
        LocalDate earlier = later.minusMonths(months).plusDays(r.nextInt(61));
        if (earlier.isBefore(EARLIEST_RECORD) || !earlier.isBefore(later)) {
          break;
        }
        out.add(record(rule, earlier, historicSource(r), attester(earlier, post, ended, r)));
        later = earlier;
      }
      out.add(record(rule, done, latestSource(done, post, r), attester(done, post, ended, r)));
    }
    out.sort(
        Comparator.comparing(GeneratedRecord::completedOn)
            .thenComparing(GeneratedRecord::subject)
            .thenComparing(GeneratedRecord::level));
    return out;
  }

  private GeneratedRecord record(Rule rule, LocalDate done, String source, int attester) {
    return new GeneratedRecord(
        rule.subject(),
        rule.level(),
        done,
        expiry(done, rule.refresherMonths()),
        source,
        organisations.get(attester).code());
  }

  private static String latestSource(LocalDate done, Post post, SplittableRandom r) {
    if (done.isBefore(post.start())) {
      return "IMPORT"; // brought from a previous employer's system
    }
    double u = r.nextDouble();
    return u < 0.45 ? "IMPORT" : u < 0.85 ? "CATALOGUE" : "MANUAL";
  }

  private static String historicSource(SplittableRandom r) {
    double u = r.nextDouble();
    return u < 0.88 ? "IMPORT" : u < 0.96 ? "CATALOGUE" : "MANUAL";
  }

  private int attester(LocalDate done, Post post, Post ended, SplittableRandom r) {
    if (ended != null && done.isBefore(post.start()) && !done.isBefore(ended.start())) {
      return ended.org();
    }
    if (r.nextDouble() < P_HUB_ATTESTS) {
      return hubBySector.getOrDefault(organisations.get(post.org()).sector(), post.org());
    }
    return post.org();
  }
}
