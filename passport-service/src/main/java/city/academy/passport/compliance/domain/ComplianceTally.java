package city.academy.passport.compliance.domain;

import city.academy.passport.framework.domain.Post;
import city.academy.passport.framework.domain.Requirement;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.staffpassport.domain.Passport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts, person by person, how each requirement stands, by the same rules as a person's own
 * passport. Holds counts only, never the people, so it adds up a whole city in constant memory.
 */
public final class ComplianceTally {

  /** Counts of the four statuses. */
  public static final class Counts {
    private final long[] byStatus = new long[Passport.Status.values().length];

    void add(Passport.Status status) {
      byStatus[status.ordinal()]++;
    }

    public long of(Passport.Status status) {
      return byStatus[status.ordinal()];
    }
  }

  /** People and compliant people. */
  public static final class Headcount {
    private long people;
    private long compliant;

    void add(boolean isCompliant) {
      people++;
      if (isCompliant) {
        compliant++;
      }
    }

    public long people() {
      return people;
    }

    public long compliant() {
      return compliant;
    }
  }

  /** A requirement of a person's that is met today but expires within the horizon. */
  public record Expiring(String personId, String displayName, String staffGroup, String subject, String level,
      Passport.Status status, LocalDate expiresOn) {}

  private final TrainingFramework framework;
  private final LocalDate asOf;
  private final int window;
  private final int expiringHorizonDays;
  private final int expiringLimit;
  private final Headcount all = new Headcount();
  private final Map<String, Counts> bySubject = new LinkedHashMap<>();
  private final Map<String, Map<String, Counts>> byGroupAndSubject = new TreeMap<>();
  private final Map<String, Headcount> byGroup = new TreeMap<>();
  private final Map<String, Headcount> byOrganisation = new TreeMap<>();
  private final Map<List<Post>, List<Requirement>> requirementsCache = new HashMap<>();
  private final List<Expiring> expiring = new ArrayList<>();
  private String drillSubject;
  private Passport.Status drillStatus;
  private final List<Expiring> drilled = new ArrayList<>();

  /**
   * @param expiringHorizonDays list requirements expiring within this many days (0: list none)
   * @param expiringLimit list at most this many
   */
  public ComplianceTally(TrainingFramework framework, LocalDate asOf, int window, int expiringHorizonDays, int expiringLimit) {
    this.framework = framework;
    this.asOf = asOf;
    this.window = window;
    this.expiringHorizonDays = expiringHorizonDays;
    this.expiringLimit = expiringLimit;
  }

  /**
   * Also lists the people (up to the expiring limit) whose requirement in this subject has this
   * status: the drill-down from a count to the people behind it.
   */
  public ComplianceTally listing(String subject, Passport.Status status) {
    this.drillSubject = subject;
    this.drillStatus = status;
    return this;
  }

  public void add(StaffMember member) {
    List<Requirement> requirements = requirementsCache.computeIfAbsent(member.posts(), framework::requirementsFor);
    Passport<?> passport = Passport.assess(framework, requirements, member.records(), asOf, window);
    boolean compliant = passport.isCompliant();
    String group = member.posts().get(0).staffGroup();
    all.add(compliant);
    byGroup.computeIfAbsent(group, g -> new Headcount()).add(compliant);
    member.organisations().stream().distinct().forEach(org -> byOrganisation.computeIfAbsent(org, o -> new Headcount()).add(compliant));
    for (var standing : passport.standings()) {
      String subject = standing.requirement().subject();
      bySubject.computeIfAbsent(subject, s -> new Counts()).add(standing.status());
      byGroupAndSubject.computeIfAbsent(group, g -> new LinkedHashMap<>()).computeIfAbsent(subject, s -> new Counts()).add(standing.status());
      if (drillStatus == standing.status() && subject.equals(drillSubject) && drilled.size() < expiringLimit) {
        drilled.add(new Expiring(member.passportId(), member.displayName(), group, subject, standing.requirement().level(),
            standing.status(), standing.best() == null ? null : standing.best().expiresOn()));
      }
      if (expiringHorizonDays > 0 && standing.isMet() && standing.best().expiresOn() != null
          && !standing.best().expiresOn().isAfter(asOf.plusDays(expiringHorizonDays))) {
        expiring.add(new Expiring(member.passportId(), member.displayName(), group, subject, standing.requirement().level(),
            standing.status(), standing.best().expiresOn()));
      }
    }
    if (expiring.size() > expiringLimit * 2L) {
      trimExpiring();
    }
  }

  private void trimExpiring() {
    expiring.sort(Comparator.comparing(Expiring::expiresOn).thenComparing(Expiring::personId));
    if (expiring.size() > expiringLimit) {
      expiring.subList(expiringLimit, expiring.size()).clear();
    }
  }

  public Headcount all() {
    return all;
  }

  /** Subjects in the framework's order. */
  public Map<String, Counts> bySubject() {
    Map<String, Counts> ordered = new LinkedHashMap<>();
    framework.data().subjects().forEach(s -> {
      if (bySubject.containsKey(s.code())) {
        ordered.put(s.code(), bySubject.get(s.code()));
      }
    });
    return ordered;
  }

  public Map<String, Headcount> byGroup() {
    return byGroup;
  }

  public Map<String, Counts> subjectsOfGroup(String group) {
    return byGroupAndSubject.getOrDefault(group, Map.of());
  }

  public Map<String, Headcount> byOrganisation() {
    return byOrganisation;
  }

  /** The people listed by {@link #listing}, by name (at most the limit; the counts say how many in all). */
  public List<Expiring> listed() {
    return drilled.stream().sorted(Comparator.comparing(Expiring::displayName).thenComparing(Expiring::personId)).toList();
  }

  /** Requirements expiring within the horizon, soonest first. */
  public List<Expiring> expiring() {
    trimExpiring();
    return List.copyOf(expiring);
  }

  public LocalDate asOf() {
    return asOf;
  }

  public int window() {
    return window;
  }
}
