package city.academy.catalogue.apprenticeship.infrastructure;

import city.academy.catalogue.apprenticeship.application.PassportPeople;
import city.academy.catalogue.platform.PassportAsCaller;
import city.academy.passport.api.OrganisationDto;
import city.academy.passport.api.PassportClient;
import city.academy.passport.api.PersonDto;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.problem.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Asks the passport service about people and organisations with the signed-in person's own token,
 * so the passport's access rules stay whole (an academy admin may read anyone's employments).
 */
@RequestScoped
public class PassportDirectory implements PassportPeople {
  private static final Logger LOG = Logger.getLogger(PassportDirectory.class.getName());

  @Inject JsonWebToken token;

  @Inject
  @ConfigProperty(name = "passport/mp-rest/url", defaultValue = "http://127.0.0.1:8080/passport")
  String passportUrl;

  @Override
  public Optional<PersonAtWork> person(String personId) {
    PersonDto person;
    try {
      person = passport().person(personId);
    } catch (WebApplicationException e) {
      if (e.getResponse().getStatus() == 404) {
        return Optional.empty();
      }
      throw unavailable(e.getResponse().getStatus());
    } catch (ProcessingException e) {
      throw unavailable(0);
    }
    LocalDate today = LocalDate.now();
    return Optional.of(new PersonAtWork(person.personId(), person.givenName() + " " + person.familyName(),
        person.employments().stream()
            .filter(e -> (e.startDate() == null || !e.startDate().isAfter(today)) && (e.endDate() == null || !e.endDate().isBefore(today)))
            .map(e -> new Post(e.organisationCode(), e.lineManagerPersonId()))
            .toList()));
  }

  @Override
  public Set<String> organisationCodes() {
    try {
      return passport().organisations().stream().map(OrganisationDto::code).collect(Collectors.toSet());
    } catch (WebApplicationException e) {
      throw unavailable(e.getResponse().getStatus());
    } catch (ProcessingException e) {
      throw unavailable(0);
    }
  }

  private PassportClient passport() {
    if (token == null || token.getRawToken() == null) {
      throw ProblemException.forbidden("Sign in to do this.");
    }
    return PassportAsCaller.client(passportUrl, token.getRawToken());
  }

  private static ProblemException unavailable(int status) {
    LOG.warning(() -> "Passport service not reachable or answered " + status + " for an apprenticeship lookup");
    return new ProblemException(ProblemType.UNAVAILABLE,
        "We could not check this with the passport service just now. Please try again in a minute.");
  }
}
