package city.academy.passport.records.application;

import city.academy.passport.api.CompletionRequest;
import city.academy.passport.api.ManualRecordRequest;
import city.academy.passport.api.RecordChangeRequest;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.organisation.domain.Organisation;
import city.academy.passport.organisation.domain.OrganisationRepository;
import city.academy.passport.people.domain.Person;
import city.academy.passport.people.domain.PersonRepository;
import city.academy.passport.records.domain.RecordSuperseded;
import city.academy.passport.records.domain.TrainingRecord;
import city.academy.passport.records.domain.TrainingRecordRepository;
import city.academy.passport.staffpassport.application.PassportService;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Training entered by hand, and corrections and revocations. An organisation records training it
 * delivered or attests; it corrects or revokes what it attested, or its own staff's records.
 * Nothing is overwritten: every change is a new entry.
 */
@ApplicationScoped
@Transactional
public class RecordService {
  @Inject Event<RecordSuperseded> superseded;
  private static final Logger LOG = Logger.getLogger(RecordService.class.getName());

  private TrainingRecordRepository records;
  private PersonRepository people;
  private OrganisationRepository organisations;
  private TrainingFramework framework;

  protected RecordService() {}

  @Inject
  public RecordService(TrainingRecordRepository records, PersonRepository people, OrganisationRepository organisations, TrainingFramework framework) {
    this.records = records;
    this.people = people;
    this.organisations = organisations;
    this.framework = framework;
  }

  public TrainingRecord add(ManualRecordRequest request, Caller caller) {
    Organisation attesting = organisations.byCode(request.attestedBy())
        .orElseThrow(() -> ProblemException.notFound("There is no organisation with code " + request.attestedBy() + "."));
    if (!actsFor(caller, attesting.code())) {
      throw ProblemException.forbidden("You can record training that your own organisation delivered or attests, not " + attesting.name() + "'s.");
    }
    Person person = people.byPassportId(request.personId())
        .orElseThrow(() -> ProblemException.notFound("There is no person with passport identity " + request.personId() + "."));
    LocalDate expires = expiry(request.subject(), request.level(), request.completedOn());
    if (records.holds(person, request.subject(), request.level(), request.completedOn(), TrainingRecord.Source.MANUAL)) {
      throw ProblemException.conflict("This completion is already on " + person.displayName() + "'s record.");
    }
    TrainingRecord record = ProblemException.refusing(() -> TrainingRecord.forSubject(person, request.subject(), request.level(), request.completedOn(),
        expires, TrainingRecord.Source.MANUAL, attesting, caller.username(), PassportService.today()).withEvidence(request.evidenceReference()));
    records.add(record);
    LOG.info(() -> "Manual record " + request.subject() + " " + request.level() + " for " + person.passportId() + " by " + caller.username());
    return record;
  }

  /** A completion and whether it was recorded just now (false: the same reference was recorded before). */
  public record Recorded(TrainingRecord record, boolean isNew) {}

  /**
   * Records a completion handed over by another system, once per reference: sent again (after a
   * lost answer, a retry), it answers with the record made the first time and writes nothing.
   */
  public Recorded recordCompletion(CompletionRequest request, String sender) {
    var earlier = records.bySourceReference(request.reference().strip());
    if (earlier.isPresent()) {
      return new Recorded(earlier.get(), false);
    }
    Organisation deliveredBy = organisations.byCode(request.deliveredBy())
        .orElseThrow(() -> ProblemException.notFound("There is no organisation with code " + request.deliveredBy() + "."));
    Person person = people.byPassportId(request.personId())
        .orElseThrow(() -> ProblemException.notFound("There is no person with passport identity " + request.personId() + "."));
    boolean framework = request.subject() != null && !request.subject().isBlank();
    if (framework != (request.level() != null && !request.level().isBlank())) {
      throw ProblemException.badRequest("A framework completion names both the subject and the level; a CPD course names neither.");
    }
    LocalDate today = PassportService.today();
    TrainingRecord record = ProblemException.refusing(() -> (framework
        ? TrainingRecord.forSubject(person, request.subject(), request.level(), request.completedOn(),
            expiry(request.subject(), request.level(), request.completedOn()), TrainingRecord.Source.CATALOGUE, deliveredBy, sender, today)
            .fromCourse(request.courseTitle())
        : TrainingRecord.forCourse(person, request.courseTitle(), request.completedOn(), TrainingRecord.Source.CATALOGUE, deliveredBy,
            sender, today))
        .withSourceReference(request.reference()));
    records.add(record);
    if (!records.flushUnlessDuplicate()) {
      // Another request recorded the same reference a moment ago; this transaction is spoilt, the record stands.
      throw ProblemException.conflict("Completion " + request.reference() + " is already recorded.");
    }
    LOG.info(() -> "Completion " + request.reference() + " for " + person.passportId() + " from " + sender);
    return new Recorded(record, true);
  }

  public TrainingRecord correct(long id, RecordChangeRequest request, Caller caller) {
    TrainingRecord original = changeable(id, caller);
    String level = request.level() == null || request.level().isBlank() ? original.levelCode() : request.level().strip();
    LocalDate completed = request.completedOn() == null ? original.completedOn() : request.completedOn();
    if (original.subjectCode() == null) {
      throw ProblemException.badRequest("Only framework records can be corrected here.");
    }
    LocalDate expires = expiry(original.subjectCode(), level, completed);
    TrainingRecord correction = ProblemException.refusing(() -> original.correctedTo(level, completed, expires, request.reason(), caller.username(), PassportService.today()));
    records.add(correction);
    superseded.fire(new RecordSuperseded(id, false));
    LOG.info(() -> "Record " + id + " corrected by " + caller.username());
    return correction;
  }

  public TrainingRecord revoke(long id, RecordChangeRequest request, Caller caller) {
    TrainingRecord original = changeable(id, caller);
    TrainingRecord revocation = ProblemException.refusing(() -> original.revoked(request.reason(), caller.username()));
    records.add(revocation);
    superseded.fire(new RecordSuperseded(id, true));
    LOG.info(() -> "Record " + id + " revoked by " + caller.username());
    return revocation;
  }

  private TrainingRecord changeable(long id, Caller caller) {
    TrainingRecord record = records.byId(id).orElseThrow(() -> ProblemException.notFound("There is no training record number " + id + "."));
    boolean attestedByCaller = record.attestedBy() != null && actsFor(caller, record.attestedBy().code());
    boolean callersStaff = record.person().employmentsOn(PassportService.today()).stream()
        .anyMatch(e -> caller.has(Role.HR_ADMIN) && caller.hrAdminOf().contains(e.organisation().code()));
    if (!attestedByCaller && !callersStaff) {
      throw ProblemException.forbidden("You can change records your organisation attested, or your own staff's records; not this one.");
    }
    if (record.kind() == TrainingRecord.Kind.REVOCATION) {
      throw ProblemException.conflict("Record " + id + " is a revocation; it cannot be changed.");
    }
    if (records.isSuperseded(record)) {
      throw ProblemException.conflict("Record " + id + " has already been corrected or revoked; change its latest entry instead.");
    }
    return record;
  }

  private LocalDate expiry(String subject, String level, LocalDate completed) {
    if (framework.level(subject, level).isEmpty()) {
      throw ProblemException.badRequest("The framework has no " + subject + " at level " + level + ".");
    }
    return framework.expiryOf(subject, level, completed).orElse(null);
  }

  private static boolean actsFor(Caller caller, String organisation) {
    return (caller.has(Role.HR_ADMIN) && caller.hrAdminOf().contains(organisation))
        || (caller.has(Role.PROVIDER) && caller.providerFor().contains(organisation));
  }
}
