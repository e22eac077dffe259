package city.academy.passport.people.application;

import city.academy.passport.api.EmploymentRequest;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.organisation.domain.Organisation;
import city.academy.passport.organisation.domain.OrganisationRepository;
import city.academy.passport.people.domain.Employment;
import city.academy.passport.people.domain.PassportIdentities;
import city.academy.passport.people.domain.Person;
import city.academy.passport.people.domain.PersonRepository;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.AccessPolicy;
import city.academy.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Posts at an organisation, kept by its HR: a starter (new to the city or moving in with their
 * passport), a second post, a leaver. A person who leaves keeps their passport.
 */
@ApplicationScoped
@Transactional
public class EmploymentService {
  private static final Logger LOG = Logger.getLogger(EmploymentService.class.getName());

  private PersonRepository people;
  private OrganisationRepository organisations;
  private TrainingFramework framework;

  protected EmploymentService() {}

  @Inject
  public EmploymentService(PersonRepository people, OrganisationRepository organisations, TrainingFramework framework) {
    this.people = people;
    this.organisations = organisations;
    this.framework = framework;
  }

  /** Adds a post; for someone without a passport, the person too. */
  public Person start(String organisationCode, EmploymentRequest request, Caller caller) {
    Organisation organisation = ownOrganisation(organisationCode, caller);
    if (framework.data().staffGroups().stream().noneMatch(g -> g.code().equals(request.staffGroup()))) {
      throw ProblemException.badRequest("staffGroup: " + request.staffGroup() + " is not a staff group of the framework.");
    }
    if (people.employment(organisation, request.employeeNumber().strip()).isPresent()) {
      throw ProblemException.conflict(
          organisation.name() + " already has employee number " + request.employeeNumber().strip() + "; employee numbers are unique within an organisation.");
    }
    Person lineManager = request.lineManagerId() == null ? null : people.byPassportId(request.lineManagerId())
        .orElseThrow(() -> ProblemException.notFound("There is no person with passport identity " + request.lineManagerId() + " to be the line manager."));
    Person person = request.personId() == null ? newPerson(request) : people.byPassportId(request.personId())
        .orElseThrow(() -> ProblemException.notFound("There is no person with passport identity " + request.personId() + "."));
    ProblemException.refusing(() -> person.addEmployment(new Employment(organisation, request.employeeNumber(), request.staffGroup(),
        request.jobRole(), request.clinical(), request.patientFacing(), lineManager, request.startDate(), request.endDate())));
    ProblemException.refusing(() -> {
      people.flush();
      return person;
    });
    LOG.info(() -> "Post " + request.employeeNumber() + " at " + organisation.code() + " for " + person.passportId() + " by " + caller.username());
    return person;
  }

  /** A post ends on its last day worked. */
  public Person end(String organisationCode, String employeeNumber, LocalDate lastDay, Caller caller) {
    Organisation organisation = ownOrganisation(organisationCode, caller);
    Employment employment = people.employment(organisation, employeeNumber)
        .orElseThrow(() -> ProblemException.notFound(organisation.name() + " has no employee number " + employeeNumber + "."));
    ProblemException.refusing(() -> {
      employment.endOn(lastDay);
      return employment;
    });
    LOG.info(() -> "Post " + employeeNumber + " at " + organisation.code() + " ends " + lastDay + ", by " + caller.username());
    return employment.person();
  }

  private Person newPerson(EmploymentRequest request) {
    if (request.givenName() == null || request.givenName().isBlank() || request.familyName() == null || request.familyName().isBlank()) {
      throw ProblemException.badRequest("Give the passport identity of someone already on file, or the given and family name of someone new.");
    }
    String identity = PassportIdentities.next();
    while (people.byPassportId(identity).isPresent()) {
      identity = PassportIdentities.next();
    }
    String id = identity;
    return people.add(ProblemException.refusing(() -> new Person(id, request.givenName(), request.familyName(), request.email())));
  }

  private Organisation ownOrganisation(String code, Caller caller) {
    Organisation organisation = organisations.byCode(code)
        .orElseThrow(() -> ProblemException.notFound("There is no organisation with code " + code + "."));
    if (!AccessPolicy.mayEmployFor(caller, organisation.code())) {
      throw ProblemException.forbidden("Only " + organisation.name() + "'s HR admins add and end its posts.");
    }
    return organisation;
  }
}
