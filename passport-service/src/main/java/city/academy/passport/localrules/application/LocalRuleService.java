package city.academy.passport.localrules.application;

import city.academy.passport.api.LocalRuleDto;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.localrules.domain.LocalRefresher;
import city.academy.passport.localrules.domain.LocalRequirement;
import city.academy.passport.localrules.domain.LocalRuleRepository;
import city.academy.passport.organisation.domain.Organisation;
import city.academy.passport.organisation.domain.OrganisationRepository;
import city.academy.passport.people.domain.Person;
import city.academy.passport.people.domain.PersonRepository;
import city.academy.passport.records.domain.TrainingRecord;
import city.academy.passport.records.domain.TrainingRecordRepository;
import city.academy.passport.staffpassport.application.PassportService;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** An organisation's HR keeps its local rules and records its staff's local training. */
@ApplicationScoped
@Transactional
public class LocalRuleService {

  /** An organisation's rules in force. */
  public record Rules(List<LocalRequirement> requirements, List<LocalRefresher> refreshers) {}

  private LocalRuleRepository rules;
  private OrganisationRepository organisations;
  private PersonRepository people;
  private TrainingRecordRepository records;
  private TrainingFramework framework;

  protected LocalRuleService() {}

  @Inject
  public LocalRuleService(LocalRuleRepository rules, OrganisationRepository organisations, PersonRepository people,
      TrainingRecordRepository records, TrainingFramework framework) {
    this.rules = rules;
    this.organisations = organisations;
    this.people = people;
    this.records = records;
    this.framework = framework;
  }

  public Rules of(String code) {
    Organisation organisation = organisation(code);
    return new Rules(rules.requirementsOf(List.of(organisation.code())), rules.refreshersOf(List.of(organisation.code())));
  }

  /** Adds a local requirement or a stricter refresher period, as the request's kind says. */
  public Object add(String code, LocalRuleDto request, Caller caller) {
    Organisation organisation = ownOrganisation(code, caller);
    try {
      if ("REQUIREMENT".equals(request.kind())) {
        if (request.code() != null && rules.requirement(organisation, request.code()).isPresent()) {
          throw ProblemException.conflict(organisation.name() + " already has a local requirement " + request.code() + ".");
        }
        if (request.staffGroup() != null && framework.data().staffGroups().stream().noneMatch(g -> g.code().equals(request.staffGroup()))) {
          throw ProblemException.badRequest("staffGroup: " + request.staffGroup() + " is not a staff group of the framework.");
        }
        return rules.add(new LocalRequirement(organisation, request.code(), request.title(), request.refresherMonths(), request.staffGroup(), caller.username()));
      }
      if ("REFRESHER".equals(request.kind())) {
        var level = framework.level(request.subject(), request.level())
            .orElseThrow(() -> ProblemException.badRequest("The framework has no " + request.subject() + " at level " + request.level() + "."));
        if (request.refresherMonths() == null) {
          throw ProblemException.badRequest("refresherMonths: a local refresher period needs its months.");
        }
        return rules.add(new LocalRefresher(organisation, request.subject(), request.level(), request.refresherMonths(), level.refresherMonths(), caller.username()));
      }
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(e.getMessage());
    }
    throw ProblemException.badRequest("kind: say REQUIREMENT (a local requirement) or REFRESHER (a stricter refresher period).");
  }

  /** Retires a rule: it stops applying and stays on file. */
  public void retire(String code, long id, Caller caller) {
    Organisation organisation = ownOrganisation(code, caller);
    var requirement = rules.requirementsOf(List.of(organisation.code())).stream().filter(r -> r.id() == id).findFirst();
    var refresher = rules.refreshersOf(List.of(organisation.code())).stream().filter(r -> r.id() == id).findFirst();
    if (requirement.isEmpty() && refresher.isEmpty()) {
      throw ProblemException.notFound(organisation.name() + " has no local rule number " + id + " in force.");
    }
    requirement.ifPresent(LocalRequirement::retire);
    refresher.ifPresent(LocalRefresher::retire);
  }

  /** Records that one of the organisation's staff completed one of its local requirements. */
  public TrainingRecord recordLocal(String code, String personId, String localCode, LocalDate completed, String evidence, Caller caller) {
    Organisation organisation = ownOrganisation(code, caller);
    LocalRequirement requirement = rules.requirement(organisation, localCode).filter(r -> !r.retired())
        .orElseThrow(() -> ProblemException.notFound(organisation.name() + " has no local requirement " + localCode + "."));
    Person person = people.byPassportId(personId)
        .orElseThrow(() -> ProblemException.notFound("There is no person with passport identity " + personId + "."));
    LocalDate today = PassportService.today();
    if (person.employmentsOn(today).stream().noneMatch(e -> e.organisation().equals(organisation))
        && person.employments().stream().noneMatch(e -> e.organisation().equals(organisation) && e.startDate().isAfter(today))) {
      throw ProblemException.forbidden("Local training is recorded for your own staff (or people about to start) only.");
    }
    try {
      LocalDate expires = requirement.refresherMonths() == null ? null : completed.plusMonths(requirement.refresherMonths());
      return records.add(TrainingRecord.forLocal(person, organisation, requirement.code(), requirement.title(), completed, expires,
          TrainingRecord.Source.MANUAL, caller.username(), today).withEvidence(evidence));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(e.getMessage());
    }
  }

  private Organisation organisation(String code) {
    return organisations.byCode(code).orElseThrow(() -> ProblemException.notFound("There is no organisation with code " + code + "."));
  }

  private Organisation ownOrganisation(String code, Caller caller) {
    Organisation organisation = organisation(code);
    if (!caller.has(Role.HR_ADMIN) || !caller.hrAdminOf().contains(organisation.code())) {
      throw ProblemException.forbidden("Only " + organisation.name() + "'s HR admins keep its local rules and local records.");
    }
    return organisation;
  }
}
