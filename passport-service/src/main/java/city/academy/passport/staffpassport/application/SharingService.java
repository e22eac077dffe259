package city.academy.passport.staffpassport.application;

import city.academy.passport.api.ShareCodeRequest;
import city.academy.passport.api.TransferCheckRequest;
import city.academy.passport.framework.domain.Post;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.localrules.domain.LocalRequirement;
import city.academy.passport.localrules.domain.LocalRuleRepository;
import city.academy.passport.organisation.domain.Organisation;
import city.academy.passport.organisation.domain.OrganisationRepository;
import city.academy.passport.people.domain.Person;
import city.academy.passport.people.domain.PersonRepository;
import city.academy.passport.records.domain.TrainingRecordRepository;
import city.academy.passport.staffpassport.domain.PassportLook;
import city.academy.passport.staffpassport.domain.PassportLookRepository;
import city.academy.passport.staffpassport.domain.ShareCode;
import city.academy.passport.staffpassport.domain.ShareCodeRepository;
import city.academy.passport.staffpassport.domain.TransferCheck;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Consent and its use: a person issues and withdraws share codes; HR of a receiving organisation
 * runs a transfer check with one (or for someone who already works for them). Every check is
 * written to the person's access log.
 */
@ApplicationScoped
@Transactional
public class SharingService {
  private static final Logger LOG = Logger.getLogger(SharingService.class.getName());

  /** A transfer check and who it was about. */
  public record CheckResult(Person person, TransferCheck check, Organisation organisation, TransferCheckRequest request,
      List<LocalRequirement> localRequirements) {}

  private PersonRepository people;
  private OrganisationRepository organisations;
  private ShareCodeRepository shareCodes;
  private TrainingRecordRepository records;
  private PassportLookRepository looks;
  private TrainingFramework framework;
  private LocalRuleRepository localRules;

  protected SharingService() {}

  @Inject
  public SharingService(PersonRepository people, OrganisationRepository organisations, ShareCodeRepository shareCodes,
      TrainingRecordRepository records, PassportLookRepository looks, TrainingFramework framework, LocalRuleRepository localRules) {
    this.localRules = localRules;
    this.people = people;
    this.organisations = organisations;
    this.shareCodes = shareCodes;
    this.records = records;
    this.looks = looks;
    this.framework = framework;
  }

  public ShareCode issue(ShareCodeRequest request, Caller caller) {
    Person person = me(caller);
    String organisation = request == null ? null : request.organisationCode();
    if (organisation != null && organisations.byCode(organisation).isEmpty()) {
      throw ProblemException.notFound("There is no organisation with code " + organisation + ".");
    }
    int days = request == null || request.validDays() == null ? ShareCode.DEFAULT_DAYS : request.validDays();
    ShareCode code = shareCodes.add(ShareCode.issue(person, days, organisation, PassportService.today()));
    LOG.info(() -> "Share code issued by " + person.passportId() + " until " + code.validUntil());
    return code;
  }

  public List<ShareCode> mine(Caller caller) {
    return shareCodes.of(me(caller));
  }

  /** Withdraws one of the caller's own codes; it stays in their list as revoked. */
  public ShareCode revoke(long id, Caller caller) {
    ShareCode code = shareCodes.of(me(caller)).stream().filter(c -> c.id() == id).findFirst()
        .orElseThrow(() -> ProblemException.notFound("You have no share code number " + id + "."));
    code.revoke();
    return code;
  }

  public CheckResult check(TransferCheckRequest request, Caller caller) {
    if (!caller.has(Role.HR_ADMIN) || !caller.hrAdminOf().contains(request.organisationCode())) {
      throw ProblemException.forbidden("You can run transfer checks for your own organisation only, not " + request.organisationCode() + ".");
    }
    Organisation receiving = organisations.byCode(request.organisationCode())
        .orElseThrow(() -> ProblemException.notFound("There is no organisation with code " + request.organisationCode() + "."));
    var staffGroup = framework.data().staffGroups().stream().filter(g -> g.code().equals(request.staffGroup())).findFirst()
        .orElseThrow(() -> ProblemException.badRequest("staffGroup: " + request.staffGroup() + " is not a staff group of the framework."));
    LocalDate today = PassportService.today();
    if (request.startDate().isBefore(today)) {
      throw ProblemException.badRequest("startDate: " + request.startDate() + " has passed; give the day the new post starts.");
    }
    if (request.startDate().isAfter(today.plusYears(2))) {
      throw ProblemException.badRequest("startDate: a transfer check looks at most two years ahead.");
    }
    Person person = whoIsChecked(request, caller, today);
    Post post = new Post(staffGroup.code(), request.clinical(), request.patientFacing(), receiving.sector());
    TransferCheck check = TransferCheck.assess(framework, framework.requirementsFor(List.of(post)), records.historyOf(person), today, request.startDate());
    looks.add(new PassportLook(person, caller.username(), caller.personId(), caller.displayName(),
        Role.HR_ADMIN.name(), receiving.code(), PassportLook.Purpose.TRANSFER_CHECK));
    LOG.info(() -> "Transfer check of " + person.passportId() + " for " + receiving.code() + " by " + caller.username());
    List<LocalRequirement> local = localRules.requirementsOf(List.of(receiving.code())).stream()
        .filter(l -> l.appliesTo(staffGroup.code())).toList();
    return new CheckResult(person, check, receiving, request, local);
  }

  private Person whoIsChecked(TransferCheckRequest request, Caller caller, LocalDate today) {
    boolean byCode = request.shareCode() != null && !request.shareCode().isBlank();
    boolean byId = request.personId() != null && !request.personId().isBlank();
    if (byCode == byId) {
      throw ProblemException.badRequest("Give either the person's share code or, for your own staff, their passport identity.");
    }
    if (byCode) {
      ShareCode code = shareCodes.byCode(request.shareCode())
          .orElseThrow(() -> ProblemException.notFound("No share code matches " + request.shareCode().strip() + "; check it was typed correctly."));
      String refusal = code.refusalFor(request.organisationCode(), today);
      if (refusal != null) {
        throw ProblemException.forbidden(refusal);
      }
      return code.person();
    }
    Person person = people.byPassportId(request.personId())
        .orElseThrow(() -> ProblemException.notFound("There is no person with passport identity " + request.personId() + "."));
    boolean worksForCaller = person.employmentsOn(today).stream().anyMatch(e -> caller.hrAdminOf().contains(e.organisation().code()));
    if (!worksForCaller) {
      throw ProblemException.forbidden("This person does not work for your organisation: ask them for a share code.");
    }
    return person;
  }

  private Person me(Caller caller) {
    if (caller.personId() == null) {
      throw ProblemException.forbidden("Only a person has a passport to share.");
    }
    return people.byPassportId(caller.personId())
        .orElseThrow(() -> ProblemException.notFound("There is no person with passport identity " + caller.personId() + "."));
  }
}
