package city.academy.passport.people.api;

import city.academy.passport.staffpassport.application.PassportService;
import city.academy.passport.api.ContactDto;
import city.academy.passport.api.EmailChangeRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import java.util.List;
import city.academy.passport.api.PersonDto;
import city.academy.passport.people.domain.Person;
import city.academy.passport.people.domain.PersonRepository;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.AccessPolicy;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A person and their employments: their own, or someone they are allowed to see. */
@Path("/people")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
@RolesAllowed({
  Role.STAFF_NAME,
  Role.LINE_MANAGER_NAME,
  Role.HR_ADMIN_NAME,
  Role.PROVIDER_NAME,
  Role.ACADEMY_ADMIN_NAME
})
public class PeopleResource {
  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(PeopleResource.class.getName());

  @Inject PersonRepository people;
  @Inject Caller caller;

  @GET
  @Path("/me")
  @Transactional
  @Operation(summary = "The signed-in person and their employments")
  public PersonDto me() {
    return PersonMapper.toDto(find(caller.personId()));
  }

  @GET
  @Path("/{personId}")
  @Transactional
  @Operation(summary = "A person, for themselves, their line manager, their organisation's HR, or academy admins")
  public PersonDto person(
      @PathParam("personId")
          @Pattern(regexp = "[A-Z0-9-]{1,16}", message = "A passport identity looks like OWA-7K3M9QX2.")
          String personId) {
    Person person = find(personId);
    LocalDate today = LocalDate.now();
    if (!AccessPolicy.maySeePerson(caller, person.passportId(), person.organisationCodesOn(today), person.lineManagerIdsOn(today))) {
      throw ProblemException.forbidden(
          "You can see your own record, your team's and your organisation's staff only.");
    }
    return PersonMapper.toDto(person);
  }

  @GET
  @Path("/{personId}/contact")
  @Transactional
  @RolesAllowed(Role.SYSTEM_NAME)
  @Operation(summary = "Where to write to a person: their name and email address (services only, to send them email)")
  public ContactDto contact(
      @PathParam("personId")
          @Pattern(regexp = "[A-Z0-9-]{1,16}", message = "A passport identity looks like OWA-7K3M9QX2.")
          String personId) {
    Person person = find(personId);
    return new ContactDto(person.passportId(), person.givenName() + " " + person.familyName(), person.email(),
        person.organisationCodesOn(PassportService.today()).stream().distinct().toList());
  }

  @PUT
  @Path("/{personId}/email")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @RolesAllowed({Role.STAFF_NAME, Role.HR_ADMIN_NAME})
  @Operation(summary = "Change a person's email address (the person, or the HR admins of an organisation they work for now)")
  public ContactDto changeEmail(
      @PathParam("personId")
          @Pattern(regexp = "[A-Z0-9-]{1,16}", message = "A passport identity looks like OWA-7K3M9QX2.")
          String personId,
      EmailChangeRequest request) {
    Person person = find(personId);
    List<String> employers = person.organisationCodesOn(PassportService.today());
    boolean self = person.passportId().equals(caller.personId());
    if (!self && employers.stream().noneMatch(org -> AccessPolicy.mayEmployFor(caller, org))) {
      throw ProblemException.forbidden("Only the person and the HR admins of an organisation they work for change their email address.");
    }
    ProblemException.refusing(() -> {
      person.changeEmail(request == null ? null : request.email());
      return person;
    });
    LOG.info(() -> "Email address of " + person.passportId() + " changed by " + caller.username());
    return new ContactDto(person.passportId(), person.givenName() + " " + person.familyName(), person.email(),
        employers.stream().distinct().toList());
  }

  private Person find(String personId) {
    return people
        .byPassportId(personId)
        .orElseThrow(() -> ProblemException.notFound("There is no person with passport identity " + personId + "."));
  }
}
