package city.academy.passport.organisation.api;

import city.academy.passport.api.OrganisationDto;
import city.academy.passport.api.PageDto;
import city.academy.passport.api.PersonDto;
import city.academy.passport.organisation.domain.Organisation;
import city.academy.passport.organisation.domain.OrganisationRepository;
import city.academy.passport.people.api.PersonMapper;
import city.academy.passport.people.domain.PersonRepository;
import city.academy.platform.problem.Paging;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.AccessPolicy;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Partner organisations, and an organisation's staff for those allowed to see them. */
@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
public class OrganisationResource {

  @Inject OrganisationRepository organisations;
  @Inject PersonRepository people;
  @Inject Caller caller;

  @GET
  @RolesAllowed({
    Role.STAFF_NAME,
    Role.LINE_MANAGER_NAME,
    Role.HR_ADMIN_NAME,
    Role.PROVIDER_NAME,
    Role.ACADEMY_ADMIN_NAME,
    Role.SYSTEM_NAME
  })
  @Operation(summary = "All partner organisations")
  public List<OrganisationDto> list() {
    return organisations.all().stream().map(OrganisationResource::toDto).toList();
  }

  @GET
  @Path("/{code}/staff")
  @RolesAllowed({Role.HR_ADMIN_NAME, Role.ACADEMY_ADMIN_NAME})
  @Transactional
  @Operation(summary = "The people currently employed by an organisation (its HR admins and academy admins)")
  public PageDto<PersonDto> staff(
      @PathParam("code") String code,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    Paging paging = Paging.of(page, size, 200);
    Organisation organisation =
        organisations
            .byCode(code)
            .orElseThrow(() -> ProblemException.notFound("There is no organisation with code " + code + "."));
    if (!AccessPolicy.maySeeOrganisation(caller, organisation.code())) {
      throw ProblemException.forbidden(
          "You can see the staff of your own organisation only; " + organisation.name() + " is not yours.");
    }
    var found = people.currentStaffOf(organisation, paging);
    return new PageDto<>(
        found.stream().map(PersonMapper::toDto).toList(),
        page,
        size,
        people.countCurrentStaffOf(organisation));
  }

  static OrganisationDto toDto(Organisation organisation) {
    return new OrganisationDto(
        organisation.code(), organisation.name(), organisation.type(), organisation.sector());
  }
}
