package city.academy.catalogue.booking.infrastructure;

import city.academy.catalogue.booking.application.LineManagers;
import city.academy.catalogue.booking.domain.LondonTime;
import city.academy.catalogue.platform.PassportAsCaller;
import city.academy.passport.api.PersonDto;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.problem.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Asks the passport service who the signed-in person's line manager is, presenting the person's
 * own token: the passport lets everyone read their own employments ({@code GET /people/me}), so no
 * service-wide credential is needed and the passport's access rules stay whole.
 */
@RequestScoped
public class PassportLineManagers implements LineManagers {
  private static final Logger LOG = Logger.getLogger(PassportLineManagers.class.getName());

  @Inject JsonWebToken token;

  @Inject
  @ConfigProperty(name = "passport/mp-rest/url", defaultValue = "http://127.0.0.1:8080/passport")
  String passportUrl;

  @Override
  public Optional<String> ofSignedInPerson(String organisationCode) {
    if (token == null || token.getRawToken() == null) {
      return Optional.empty();
    }
    PersonDto me;
    try {
      me = PassportAsCaller.client(passportUrl, token.getRawToken()).me();
    } catch (WebApplicationException e) {
      if (e.getResponse().getStatus() == 404) {
        return Optional.empty();
      }
      LOG.warning(() -> "Passport service answered " + e.getResponse().getStatus() + " when asked for a line manager");
      throw unavailable();
    } catch (ProcessingException e) {
      LOG.warning(() -> "Passport service not reachable for a line manager: " + e.getMessage());
      throw unavailable();
    }
    LocalDate today = LocalDate.now(LondonTime.LONDON);
    return me.employments().stream()
        .filter(e -> organisationCode.equals(e.organisationCode()))
        .filter(e -> (e.startDate() == null || !e.startDate().isAfter(today)) && (e.endDate() == null || !e.endDate().isBefore(today)))
        .map(PersonDto.EmploymentDto::lineManagerPersonId)
        .filter(Objects::nonNull)
        .findFirst();
  }

  private static ProblemException unavailable() {
    return new ProblemException(ProblemType.UNAVAILABLE,
        "This session needs your line manager's approval, and we could not look up your line manager just now. Please try again in a minute.");
  }
}
