package city.academy.catalogue.apprenticeship.application;

import city.academy.catalogue.apprenticeship.domain.ApprenticeLine;
import city.academy.catalogue.apprenticeship.domain.ApprenticeRepository;
import city.academy.catalogue.apprenticeship.domain.ApprenticeStatus;
import city.academy.catalogue.apprenticeship.domain.ApprenticeshipFigures;
import city.academy.catalogue.apprenticeship.domain.ApprenticeshipFigures.EqualityTable;
import city.academy.catalogue.apprenticeship.domain.ApprenticeshipFigures.Summary;
import city.academy.catalogue.apprenticeship.domain.Cohort;
import city.academy.catalogue.apprenticeship.domain.CohortRepository;
import city.academy.catalogue.apprenticeship.domain.Grade;
import city.academy.catalogue.apprenticeship.domain.OtjPace;
import city.academy.catalogue.apprenticeship.domain.Programme;
import city.academy.catalogue.apprenticeship.domain.ProgrammeRepository;
import city.academy.catalogue.apprenticeship.domain.WithdrawalReason;
import city.academy.platform.problem.Paging;
import city.academy.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cohort report (over the apprentices the caller may see) and the city report (academy
 * admins). Both read one row per apprentice and compute the figures in memory.
 */
@ApplicationScoped
@Transactional
public class ApprenticeshipReports {
  /** The city report lists at most this many cohorts (the city has a few dozen). */
  static final int MAX_COHORTS = 2_000;

  @Inject ApprenticeshipDesk desk;
  @Inject CohortRepository cohorts;
  @Inject ProgrammeRepository programmes;
  @Inject ApprenticeRepository apprentices;

  /**
   * @param employerScope the employers counted (null: all the cohort's)
   * @param lines every apprentice counted, by name
   * @param behind apprentices behind on their hours, furthest behind first
   * @param overdue apprentices whose review is overdue, longest overdue first
   */
  public record CohortReport(Cohort cohort, LocalDate asOf, Set<String> employerScope, Summary summary, List<Summary> byEmployer,
      Map<ApprenticeStatus, Long> funnel, List<ApprenticeLine> lines, List<ApprenticeLine> behind, List<ApprenticeLine> overdue,
      Map<WithdrawalReason, Long> withdrawals, Map<Grade, Long> grades, List<EqualityTable> equality) {}

  /** Every cohort, every programme and the city. */
  public record CityReport(LocalDate asOf, Summary city, List<Summary> programmes, List<Summary> cohorts,
      Map<ApprenticeStatus, Long> funnel, Map<WithdrawalReason, Long> withdrawals, List<EqualityTable> equality) {}

  public CohortReport cohort(long cohortId, String asOfText, Caller caller) {
    LocalDate asOf = Dates.asOf(asOfText);
    Cohort cohort = desk.cohortById(cohortId);
    Set<String> scope = ApprenticeshipAccess.employerScope(caller, cohort);
    List<ApprenticeLine> lines = apprentices.lines(cohortId, scope);
    Map<String, List<ApprenticeLine>> byEmployer = lines.stream()
        .collect(Collectors.groupingBy(ApprenticeLine::employerCode, TreeMap::new, Collectors.toList()));
    List<Summary> employers = new ArrayList<>();
    for (String employer : scope == null ? cohort.employerCodes() : scope) {
      employers.add(ApprenticeshipFigures.summarise(employer, employer, byEmployer.getOrDefault(employer, List.of()), asOf));
    }
    employers.sort(Comparator.comparing(Summary::key));
    Map<ApprenticeLine, OtjPace> paces = new java.util.IdentityHashMap<>();
    lines.forEach(l -> paces.put(l, l.pace(asOf)));
    List<ApprenticeLine> behind = lines.stream().filter(l -> paces.get(l).pace() == OtjPace.Pace.BEHIND)
        .sorted(Comparator.comparing((ApprenticeLine l) -> paces.get(l).confirmedHours().subtract(paces.get(l).expectedToDate())))
        .toList();
    List<ApprenticeLine> overdue = lines.stream().filter(l -> l.reviewOverdue(asOf))
        .sorted(Comparator.comparing(ApprenticeLine::reviewDueBy)).toList();
    return new CohortReport(cohort, asOf, scope == null ? cohort.employerCodes() : scope,
        ApprenticeshipFigures.summarise(String.valueOf(cohort.id()), cohort.name(), lines, asOf), employers,
        ApprenticeshipFigures.funnel(lines), lines, behind, overdue, ApprenticeshipFigures.withdrawals(lines),
        ApprenticeshipFigures.grades(lines), ApprenticeshipFigures.equality(lines));
  }

  public CityReport city(String asOfText, Caller caller) {
    ApprenticeshipAccess.requireAdmin(caller);
    LocalDate asOf = Dates.asOf(asOfText);
    List<ApprenticeLine> lines = apprentices.lines(null, null);
    Map<Long, List<ApprenticeLine>> byCohort = lines.stream().collect(Collectors.groupingBy(ApprenticeLine::cohortId));
    List<Cohort> all = cohorts.page(null, null, Paging.of(0, MAX_COHORTS, MAX_COHORTS));
    Map<Long, Programme> programmeById = programmes.all().stream().collect(Collectors.toMap(Programme::id, Function.identity()));
    Map<Long, List<ApprenticeLine>> byProgramme = new LinkedHashMap<>();
    List<Summary> cohortRows = new ArrayList<>();
    for (Cohort c : all) {
      List<ApprenticeLine> of = byCohort.getOrDefault(c.id(), List.of());
      cohortRows.add(ApprenticeshipFigures.summarise(String.valueOf(c.id()), c.name(), of, asOf));
      byProgramme.computeIfAbsent(c.programme().id(), k -> new ArrayList<>()).addAll(of);
    }
    List<Summary> programmeRows = programmeById.values().stream()
        .sorted(Comparator.comparing(Programme::title).thenComparing(Programme::level))
        .map(p -> ApprenticeshipFigures.summarise(p.standardCode(), p.title() + " (level " + p.level() + ")",
            byProgramme.getOrDefault(p.id(), List.of()), asOf))
        .toList();
    return new CityReport(asOf, ApprenticeshipFigures.summarise("CITY", "All cohorts", lines, asOf), programmeRows, cohortRows,
        ApprenticeshipFigures.funnel(lines), ApprenticeshipFigures.withdrawals(lines), ApprenticeshipFigures.equality(lines));
  }
}
