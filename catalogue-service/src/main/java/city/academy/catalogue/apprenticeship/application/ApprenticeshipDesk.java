package city.academy.catalogue.apprenticeship.application;

import city.academy.catalogue.api.CohortRequest;
import city.academy.catalogue.api.EnrolmentRequest;
import city.academy.catalogue.api.EqualityRequest;
import city.academy.catalogue.api.OtjDecisionRequest;
import city.academy.catalogue.api.OtjEntryRequest;
import city.academy.catalogue.api.ProgrammeRequest;
import city.academy.catalogue.api.ReviewRequest;
import city.academy.catalogue.api.TransitionRequest;
import city.academy.catalogue.apprenticeship.domain.Apprentice;
import city.academy.catalogue.apprenticeship.domain.ApprenticeRepository;
import city.academy.catalogue.apprenticeship.domain.ApprenticeStatus;
import city.academy.catalogue.apprenticeship.domain.Coded;
import city.academy.catalogue.apprenticeship.domain.Cohort;
import city.academy.catalogue.apprenticeship.domain.CohortRepository;
import city.academy.catalogue.apprenticeship.domain.EqualityDeclaration;
import city.academy.catalogue.apprenticeship.domain.Grade;
import city.academy.catalogue.apprenticeship.domain.OtjActivity;
import city.academy.catalogue.apprenticeship.domain.OtjEntry;
import city.academy.catalogue.apprenticeship.domain.Programme;
import city.academy.catalogue.apprenticeship.domain.ProgrammeRepository;
import city.academy.catalogue.apprenticeship.domain.ProgressReview;
import city.academy.catalogue.apprenticeship.domain.WithdrawalReason;
import city.academy.platform.problem.Paging;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Everything one does with apprenticeships: programmes, cohorts, enrolments, the journey, hours,
 * reviews and equality answers. Each change locks the apprentice's row first, checks who asks
 * ({@link ApprenticeshipAccess}) and lets the domain refuse bad input before anything is written.
 */
@ApplicationScoped
@Transactional
public class ApprenticeshipDesk {

  @Inject ProgrammeRepository programmes;
  @Inject CohortRepository cohorts;
  @Inject ApprenticeRepository apprentices;
  @Inject PassportPeople people;

  // ---- programmes and cohorts

  public List<Programme> programmes() {
    return programmes.all();
  }

  public Programme addProgramme(ProgrammeRequest request, Caller caller) {
    ApprenticeshipAccess.requireAdmin(caller);
    if (request == null) {
      throw ProblemException.badRequest("Send the programme as JSON.");
    }
    Programme programme = ProblemException.refusing(() -> new Programme(request.standardCode(), request.title(), request.level(),
        request.durationMonths(), request.minimumOtjHours(), now()));
    if (programmes.byStandard(programme.standardCode()).isPresent()) {
      throw ProblemException.conflict("There is already a programme for " + programme.standardCode() + ".");
    }
    return programmes.add(programme);
  }

  /** @param nameContains blank for every cohort the caller may see */
  public List<Cohort> cohorts(Caller caller, String nameContains, Paging paging) {
    return cohorts.page(ApprenticeshipAccess.cohortsVisibleTo(caller), searched(nameContains), paging);
  }

  public long cohortCount(Caller caller, String nameContains) {
    return cohorts.count(ApprenticeshipAccess.cohortsVisibleTo(caller), searched(nameContains));
  }

  private static String searched(String nameContains) {
    if (nameContains == null || nameContains.isBlank()) {
      return null;
    }
    if (nameContains.strip().length() > 200) {
      throw ProblemException.badRequest("q: search for at most 200 characters of a cohort's name.");
    }
    return nameContains.strip();
  }

  public Cohort addCohort(CohortRequest request, Caller caller) {
    ApprenticeshipAccess.requireAdmin(caller);
    if (request == null) {
      throw ProblemException.badRequest("Send the cohort as JSON.");
    }
    if (request.programmeId() == null) {
      throw ProblemException.badRequest("Choose the programme.");
    }
    Programme programme = programmes.byId(request.programmeId())
        .orElseThrow(() -> ProblemException.notFound("There is no programme number " + request.programmeId() + "."));
    LocalDate start = Dates.parse("the start date", request.startDate());
    Cohort cohort = ProblemException.refusing(() -> new Cohort(programme, request.name(), request.providerCode(), start,
        request.academyContact(), request.employerCodes() == null ? List.of() : request.employerCodes(), now()));
    Set<String> known = people.organisationCodes();
    List<String> unknown = new ArrayList<>(cohort.employerCodes().stream().filter(c -> !known.contains(c)).sorted().toList());
    if (!known.contains(cohort.providerCode())) {
      unknown.add(0, cohort.providerCode());
    }
    if (!unknown.isEmpty()) {
      throw ProblemException.badRequest("No partner organisation has the code " + String.join(", ", unknown) + ".");
    }
    return cohorts.add(cohort);
  }

  /** A cohort with the count of its apprentices the caller may see. */
  public record VisibleCohort(Cohort cohort, long apprentices) {}

  /** A page of a cohort's apprentices the caller may see, with their total. */
  public record ApprenticePage(List<Apprentice> apprentices, long total) {}

  public VisibleCohort cohort(long id, Caller caller) {
    Cohort cohort = cohortById(id);
    return new VisibleCohort(cohort, apprentices.countOfCohort(id, ApprenticeshipAccess.employerScope(caller, cohort)));
  }

  // ---- apprentices

  public ApprenticePage cohortApprentices(long cohortId, Caller caller, Paging paging) {
    Cohort cohort = cohortById(cohortId);
    Set<String> scope = ApprenticeshipAccess.employerScope(caller, cohort);
    return new ApprenticePage(apprentices.ofCohort(cohortId, scope, paging), apprentices.countOfCohort(cohortId, scope));
  }

  public List<Apprentice> ofEmployer(String employerCode, Caller caller, Paging paging) {
    return apprentices.ofEmployer(employer(employerCode, caller), paging);
  }

  public long countOfEmployer(String employerCode, Caller caller) {
    return apprentices.countOfEmployer(employer(employerCode, caller));
  }

  private static String employer(String employerCode, Caller caller) {
    if (employerCode == null || employerCode.isBlank()) {
      throw ProblemException.badRequest("Say which employer's apprentices: employer=NGH.");
    }
    String code = Cohort.code(employerCode);
    if (!ApprenticeshipAccess.admin(caller) && !ApprenticeshipAccess.hrOf(caller, code)) {
      throw ProblemException.forbidden("You may see only the apprentices of an organisation you are HR admin of.");
    }
    return code;
  }

  public List<Apprentice> mine(Caller caller) {
    return caller.personId() == null ? List.of() : apprentices.ofPerson(caller.personId());
  }

  public List<Apprentice> managed(Caller caller) {
    return caller.personId() == null ? List.of() : apprentices.managedBy(caller.personId());
  }

  public Apprentice apprentice(long id, Caller caller) {
    Apprentice a = apprenticeById(id);
    ApprenticeshipAccess.requireRead(caller, a);
    return a;
  }

  public Apprentice enrol(long cohortId, EnrolmentRequest request, Caller caller) {
    ApprenticeshipAccess.requireAdmin(caller);
    Cohort cohort = cohortById(cohortId);
    if (request == null) {
      throw ProblemException.badRequest("Send the enrolment as JSON.");
    }
    if (request.personId() == null || request.personId().isBlank()) {
      throw ProblemException.badRequest("Give the person's passport identity, e.g. OWA-7K2M9QXD.");
    }
    if (request.employerCode() == null || request.employerCode().isBlank()) {
      throw ProblemException.badRequest("Give the employer's organisation code.");
    }
    String personId = request.personId().strip().toUpperCase(Locale.ROOT);
    String employer = Cohort.code(request.employerCode());
    LocalDate start = Dates.parse("the start date", request.startDate());
    LocalDate end = Dates.parse("the planned end date", request.plannedEndDate());
    PassportPeople.PersonAtWork person = people.person(personId)
        .orElseThrow(() -> ProblemException.notFound("There is no person " + personId + " in the passport."));
    PassportPeople.Post post = person.at(employer)
        .orElseThrow(() -> ProblemException.badRequest(person.name() + " does not currently work at " + employer + "."));
    String manager = request.lineManagerPersonId() == null || request.lineManagerPersonId().isBlank()
        ? post.lineManagerPersonId() : request.lineManagerPersonId().strip().toUpperCase(Locale.ROOT);
    if (manager != null && manager.equals(personId)) {
      throw ProblemException.badRequest("An apprentice cannot be their own line manager.");
    }
    if (apprentices.enrolled(cohortId, personId)) {
      throw ProblemException.conflict(person.name() + " is already on this cohort.");
    }
    Apprentice apprentice = ProblemException.refusing(() -> new Apprentice(cohort, personId, person.name(), employer, manager, start, end,
        request.plannedOtjHours(), caller.displayName(), now()));
    try {
      return apprentices.add(apprentice);
    } catch (PersistenceException raced) {
      throw ProblemException.conflict(person.name() + " is already on this cohort.");
    }
  }

  public Apprentice transition(long id, TransitionRequest request, Caller caller) {
    ApprenticeshipAccess.requireAdmin(caller);
    Apprentice a = lockedById(id);
    if (request == null) {
      throw ProblemException.badRequest("Send the change as JSON.");
    }
    ProblemException.refusing(() -> a.moveTo(
        Coded.parse(ApprenticeStatus.class, request.status(), "a status"),
        Dates.parse("the date of the change", request.effectiveOn()),
        Coded.parse(WithdrawalReason.class, request.reasonCode(), "a withdrawal reason"),
        Dates.parse("the planned return", request.plannedReturn()),
        Coded.parse(Grade.class, request.grade(), "a grade"),
        request.note(), caller.displayName(), Dates.today(), now()));
    return a;
  }

  // ---- off-the-job hours and reviews

  public List<OtjEntry> entries(long id, Caller caller) {
    return apprentice(id, caller).entries();
  }

  public OtjEntry logHours(long id, OtjEntryRequest request, Caller caller) {
    Apprentice a = lockedById(id);
    ApprenticeshipAccess.requireSelf(caller, a);
    if (request == null) {
      throw ProblemException.badRequest("Send the entry as JSON.");
    }
    return ProblemException.refusing(() -> a.logHours(Dates.parse("the date", request.date()), request.hours(),
        Coded.parse(OtjActivity.class, request.activity(), "an activity"), request.note(), caller.displayName(), Dates.today(), now()));
  }

  public OtjEntry decide(long id, long entryId, OtjDecisionRequest request, Caller caller) {
    Apprentice a = lockedById(id);
    OtjEntry entry = apprentices.entry(entryId).filter(e -> e.apprentice().id().equals(a.id()))
        .orElseThrow(() -> ProblemException.notFound("This apprentice has no entry number " + entryId + "."));
    ApprenticeshipAccess.requireSupervisor(caller, a, "confirm off-the-job hours");
    if (request == null || request.confirmed() == null) {
      throw ProblemException.badRequest("Say whether the entry is confirmed (true) or rejected (false).");
    }
    return ProblemException.refusing(() -> a.decide(entry, request.confirmed(), request.note(), caller.displayName(), now()));
  }

  public List<ProgressReview> reviews(long id, Caller caller) {
    return apprentice(id, caller).reviews();
  }

  public ProgressReview review(long id, ReviewRequest request, Caller caller) {
    Apprentice a = lockedById(id);
    ApprenticeshipAccess.requireSupervisor(caller, a, "record a progress review");
    if (request == null) {
      throw ProblemException.badRequest("Send the review as JSON.");
    }
    return ProblemException.refusing(() -> a.review(Dates.parse("the review date", request.date()), request.attendees(), request.notes(),
        caller.displayName(), Dates.today(), now()));
  }

  // ---- equality monitoring

  public EqualityDeclaration equalityOf(long id, Caller caller) {
    Apprentice a = apprenticeById(id);
    ApprenticeshipAccess.requireEqualityReader(caller, a);
    return apprentices.equality(a.personId()).orElse(null);
  }

  public EqualityDeclaration myEquality(Caller caller) {
    return caller.personId() == null ? null : apprentices.equality(caller.personId()).orElse(null);
  }

  public EqualityDeclaration declare(EqualityRequest request, Caller caller) {
    if (caller.personId() == null) {
      throw ProblemException.forbidden("Only a person declares their own equality monitoring answers.");
    }
    if (request == null) {
      throw ProblemException.badRequest("Send the answers as JSON.");
    }
    EqualityDeclaration declaration = apprentices.equality(caller.personId()).orElse(null);
    boolean fresh = declaration == null;
    EqualityDeclaration target = fresh ? new EqualityDeclaration(caller.personId()) : declaration;
    ProblemException.refusing(() -> {
      target.declare(request.ethnicity(), request.sex(), request.disability(), request.deprivationDecile(), now());
      return target;
    });
    return fresh ? apprentices.addEquality(target) : target;
  }

  // ----

  Cohort cohortById(long id) {
    return cohorts.byId(id).orElseThrow(() -> ProblemException.notFound("There is no cohort number " + id + "."));
  }

  private Apprentice apprenticeById(long id) {
    return apprentices.byId(id).orElseThrow(() -> ProblemException.notFound("There is no apprentice number " + id + "."));
  }

  private Apprentice lockedById(long id) {
    return apprentices.lockedById(id).orElseThrow(() -> ProblemException.notFound("There is no apprentice number " + id + "."));
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
