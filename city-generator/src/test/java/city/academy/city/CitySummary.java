package city.academy.city;

import city.academy.passport.api.TrainingFrameworkDto;
import city.academy.passport.api.TrainingFrameworkDto.LevelDto;
import city.academy.passport.api.TrainingFrameworkDto.RequirementRuleDto;
import city.academy.passport.api.TrainingFrameworkDto.SubjectDto;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One streaming pass over a generated city that checks every invariant it can and counts what the
 * tests assert on. Holds one entry per person (ids, orgs), never the records.
 */
final class CitySummary {

  static final Pattern PASSPORT_ID = Pattern.compile("OWA-[0-9A-HJKMNP-TV-Z]{8}");
  static final Pattern EMAIL = Pattern.compile("[a-z]+\\.[a-z]+\\.[0-9]+@example\\.(org|com|net)");
  static final Pattern EMPLOYEE_NUMBER = Pattern.compile("[0-9]{8}");

  enum Status { VALID, EXPIRING, EXPIRED, MISSING }

  long people;
  long employments;
  long currentPosts;
  long endedPosts;
  long peopleWithTwoCurrentPosts;
  long records;
  long recordsNotRequired;
  long completedAfterAsOf;
  long expiryMismatch;
  long duplicatePersonIds;
  long badPersonIds;
  long badEmails;
  long badEmployeeNumbers;
  long duplicateEmployeeNumbers;
  long withLineManager;
  long withoutLineManager;
  long lineManagerNotEarlierInSameOrg;
  long startInFuture;
  long startOlderThan25Years;
  long endedNotBeforeCurrentStart;
  long managersWithNullLineManager;
  long unknownOrganisation;
  long unknownSource;
  final Map<String, Long> peopleByMainOrg = new HashMap<>();
  final Map<String, Long> sources = new TreeMap<>();
  final Map<Status, Long> status = new TreeMap<>();
  final Map<String, Map<String, Long>> groupsByOrgType = new TreeMap<>();
  final List<String> problems = new ArrayList<>();

  private final LocalDate asOf;
  private final Map<String, Integer> refresher = new HashMap<>();
  private final List<RequirementRuleDto> rules;
  private final Map<String, String> sectorByOrg = new HashMap<>();
  private final Map<String, String> typeByOrg = new HashMap<>();
  private final Set<String> employeeNumbers = new HashSet<>();
  /** person id → organisations where they hold a current post (people seen so far). */
  private final Map<String, Set<String>> seen = new HashMap<>();

  CitySummary(TrainingFrameworkDto framework, CityGenerator city) {
    this.asOf = city.asOf();
    for (SubjectDto s : framework.subjects()) {
      for (LevelDto l : s.levels()) {
        refresher.put(s.code() + "|" + l.code(), l.refresherMonths());
      }
    }
    rules = framework.requirementRules();
    city.organisations()
        .forEach(
            o -> {
              sectorByOrg.put(o.code(), o.sector());
              typeByOrg.put(o.code(), o.type());
            });
  }

  static CitySummary of(TrainingFrameworkDto framework, CityGenerator city) {
    CitySummary summary = new CitySummary(framework, city);
    city.people().forEach(summary::accept);
    return summary;
  }

  void accept(GeneratedPerson p) {
    people++;
    if (!PASSPORT_ID.matcher(p.personId()).matches() || p.personId().length() > 16) {
      badPersonIds++;
    }
    if (!EMAIL.matcher(p.email()).matches()) {
      badEmails++;
    }
    Set<String> currentOrgs = new LinkedHashSet<>();
    LocalDate earliestCurrentStart = null;
    for (GeneratedEmployment e : p.employments()) {
      employments++;
      if (!typeByOrg.containsKey(e.organisationCode())) {
        unknownOrganisation++;
        continue;
      }
      if (!EMPLOYEE_NUMBER.matcher(e.employeeNumber()).matches()) {
        badEmployeeNumbers++;
      }
      if (!employeeNumbers.add(e.organisationCode() + "|" + e.employeeNumber())) {
        duplicateEmployeeNumbers++;
        note("duplicate employee number " + e.organisationCode() + " " + e.employeeNumber());
      }
      if (e.startDate().isAfter(asOf)) {
        startInFuture++;
      }
      if (e.startDate().isBefore(asOf.minusYears(25))) {
        startOlderThan25Years++;
      }
      if (e.lineManagerPersonId() == null) {
        withoutLineManager++;
      } else {
        withLineManager++;
        Set<String> managerOrgs = seen.get(e.lineManagerPersonId());
        if (managerOrgs == null || !managerOrgs.contains(e.organisationCode())) {
          lineManagerNotEarlierInSameOrg++;
          note(p.personId() + " at " + e.organisationCode() + ": manager " + e.lineManagerPersonId());
        }
      }
      if (e.endDate() == null) {
        currentPosts++;
        currentOrgs.add(e.organisationCode());
        earliestCurrentStart =
            earliestCurrentStart == null || e.startDate().isBefore(earliestCurrentStart)
                ? e.startDate()
                : earliestCurrentStart;
        groupsByOrgType
            .computeIfAbsent(typeByOrg.get(e.organisationCode()), k -> new TreeMap<>())
            .merge(e.staffGroup(), 1L, Long::sum);
      } else {
        endedPosts++;
      }
    }
    for (GeneratedEmployment e : p.employments()) {
      if (e.endDate() != null
          && (e.endDate().isBefore(e.startDate())
              || earliestCurrentStart == null
              || !e.endDate().isBefore(earliestCurrentStart))) {
        endedNotBeforeCurrentStart++;
      }
    }
    GeneratedEmployment main = p.employments().get(0);
    peopleByMainOrg.merge(main.organisationCode(), 1L, Long::sum);
    if (currentOrgs.size() >= 2) {
      peopleWithTwoCurrentPosts++;
    }
    if (seen.put(p.personId(), currentOrgs) != null) {
      duplicatePersonIds++;
    }
    checkRecords(p);
  }

  private void checkRecords(GeneratedPerson p) {
    Set<String> required = new LinkedHashSet<>();
    for (RequirementRuleDto rule : rules) {
      for (GeneratedEmployment e : p.employments()) {
        if (e.endDate() == null && matches(rule, e)) {
          required.add(rule.subject() + "|" + rule.level());
        }
      }
    }
    Map<String, GeneratedRecord> latest = new HashMap<>();
    for (GeneratedRecord r : p.records()) {
      records++;
      sources.merge(r.source(), 1L, Long::sum);
      if (!Set.of("IMPORT", "CATALOGUE", "MANUAL").contains(r.source())) {
        unknownSource++;
      }
      if (!typeByOrg.containsKey(r.attestedByOrganisationCode())) {
        unknownOrganisation++;
      }
      String key = r.subject() + "|" + r.level();
      if (!required.contains(key)) {
        recordsNotRequired++;
      }
      if (r.completedOn().isAfter(asOf)) {
        completedAfterAsOf++;
      }
      Integer months = refresher.get(key);
      LocalDate expected = months == null ? null : r.completedOn().plusMonths(months);
      if (!java.util.Objects.equals(expected, r.expiresOn())) {
        expiryMismatch++;
      }
      latest.merge(key, r, (a, b) -> b.completedOn().isAfter(a.completedOn()) ? b : a);
    }
    for (String key : required) {
      GeneratedRecord r = latest.get(key);
      Status s;
      if (r == null) {
        s = Status.MISSING;
      } else if (r.expiresOn() == null || r.expiresOn().isAfter(asOf.plusDays(90))) {
        s = Status.VALID;
      } else if (r.expiresOn().isAfter(asOf)) {
        s = Status.EXPIRING;
      } else {
        s = Status.EXPIRED;
      }
      status.merge(s, 1L, Long::sum);
    }
  }

  private boolean matches(RequirementRuleDto rule, GeneratedEmployment e) {
    return (rule.staffGroups() == null
            || rule.staffGroups().isEmpty()
            || rule.staffGroups().contains(e.staffGroup()))
        && (rule.clinical() == null || rule.clinical() == e.clinical())
        && (rule.patientFacing() == null || rule.patientFacing() == e.patientFacing())
        && (rule.sectors() == null
            || rule.sectors().isEmpty()
            || rule.sectors().contains(sectorByOrg.get(e.organisationCode())));
  }

  double statusShare(Status s) {
    long all = status.values().stream().mapToLong(Long::longValue).sum();
    return status.getOrDefault(s, 0L) / (double) all;
  }

  private void note(String problem) {
    if (problems.size() < 20) {
      problems.add(problem);
    }
  }

  @Override
  public String toString() {
    return String.format(
        "people=%d employments=%d (current %d, ended %d, two current posts %d) records=%d"
            + " status=%s sources=%s",
        people, employments, currentPosts, endedPosts, peopleWithTwoCurrentPosts, records, status,
        sources);
  }
}
