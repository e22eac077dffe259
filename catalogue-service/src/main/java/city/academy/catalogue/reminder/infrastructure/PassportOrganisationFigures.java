package city.academy.catalogue.reminder.infrastructure;

import city.academy.catalogue.platform.PassportAsService;
import city.academy.catalogue.reminder.domain.OrganisationFigures;
import city.academy.catalogue.reminder.domain.OrganisationFiguresSource;
import city.academy.passport.api.OrganisationDigestDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** Asks the passport ({@code GET /api/compliance/organisations/{code}/digest?for=}) as the catalogue itself. */
@ApplicationScoped
public class PassportOrganisationFigures implements OrganisationFiguresSource {
  private static final int READ_TIMEOUT_MS = 60_000;

  @Inject PassportAsService passport;

  @Override
  public Optional<OrganisationFigures> forHrAdmin(String organisationCode, String personId) {
    try (Response response = passport.requestWithQuery("api/compliance/organisations/" + organisationCode + "/digest", "for", personId)
        .property(PassportAsService.READ_TIMEOUT, READ_TIMEOUT_MS).get()) {
      if (response.getStatus() == 403 || response.getStatus() == 404) {
        return Optional.empty();
      }
      if (response.getStatus() != 200) {
        throw new IllegalStateException("The passport answered " + response.getStatus() + " when asked for a digest of " + organisationCode + ".");
      }
      OrganisationDigestDto d = response.readEntity(OrganisationDigestDto.class);
      var c = d.compliance();
      return Optional.of(new OrganisationFigures(c.scope(), c.scopeName(), c.asOf(), c.people(), c.compliantPeople(),
          c.bySubject().stream().filter(s -> s.expired() + s.missing() > 0)
              .map(s -> new OrganisationFigures.SubjectGaps(s.subjectName(), s.expired(), s.missing())).toList(),
          d.expiringDays(),
          d.expiringSoon().stream().map(e -> new OrganisationFigures.Expiring(e.displayName(), e.subjectName(), e.expiresOn())).toList()));
    } catch (ProcessingException e) {
      throw new IllegalStateException("The passport could not be reached for a digest: " + e.getMessage(), e);
    }
  }
}
