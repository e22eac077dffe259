package city.academy.catalogue.apprenticeship.api;

import city.academy.catalogue.api.CodeLabelDto;
import city.academy.catalogue.apprenticeship.domain.ApprenticeStatus;
import city.academy.catalogue.apprenticeship.domain.EqualityCharacteristic;
import city.academy.catalogue.apprenticeship.domain.Grade;
import city.academy.catalogue.apprenticeship.domain.OtjActivity;
import city.academy.catalogue.apprenticeship.domain.WithdrawalReason;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The closed lists of codes apprenticeships use, with their words. */
@Path("/apprenticeships/reference")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
@RolesAllowed({Role.STAFF_NAME, Role.LINE_MANAGER_NAME, Role.HR_ADMIN_NAME, Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
public class ApprenticeshipReferenceResource {

  @GET
  @Path("/{list}")
  @Operation(summary = "statuses, withdrawal-reasons, grades, activities, ethnicity, sex, disability or deprivation-decile")
  public List<CodeLabelDto> list(@PathParam("list") String list) {
    return switch (list) {
      case "statuses" -> ApprenticeshipMapper.codes(ApprenticeStatus.class);
      case "withdrawal-reasons" -> ApprenticeshipMapper.codes(WithdrawalReason.class);
      case "grades" -> ApprenticeshipMapper.codes(Grade.class);
      case "activities" -> ApprenticeshipMapper.codes(OtjActivity.class);
      case "ethnicity" -> answers(EqualityCharacteristic.ETHNICITY);
      case "sex" -> answers(EqualityCharacteristic.SEX);
      case "disability" -> answers(EqualityCharacteristic.DISABILITY);
      case "deprivation-decile" -> answers(EqualityCharacteristic.DEPRIVATION_DECILE);
      default -> throw ProblemException.notFound("There is no list called " + list + ". The lists: statuses, withdrawal-reasons, grades,"
          + " activities, ethnicity, sex, disability, deprivation-decile.");
    };
  }

  private static List<CodeLabelDto> answers(EqualityCharacteristic question) {
    return question.choices().stream().map(a -> new CodeLabelDto(a.code(), a.label())).toList();
  }
}
