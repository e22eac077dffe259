package city.academy.catalogue.message.infrastructure;

import city.academy.catalogue.message.application.Recipients;
import city.academy.catalogue.platform.PassportAsService;
import city.academy.passport.api.ContactDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Asks the passport for a person's address ({@code GET /api/people/{id}/contact}) as the catalogue
 * itself ({@link PassportAsService}), when the message is sent, not when it is queued: an address
 * corrected in the meantime is used.
 */
@ApplicationScoped
public class PassportRecipients implements Recipients {

  @Inject PassportAsService passport;

  /**
   * Only the passport's own refusal (a problem document) says there is nobody; any other 404 (the
   * passport not deployed yet or any more, a proxy) means "ask again later", never "refuse for good".
   */
  private static boolean isProblem(Response response) {
    return response.getMediaType() != null && "problem+json".equals(response.getMediaType().getSubtype());
  }

  @Override
  public Optional<Recipient> of(String personId) {
    try (Response response = passport.request("api/people/{id}/contact", "id", personId).get()) {
      if ((response.getStatus() == 404 || response.getStatus() == 400) && isProblem(response)) {
        return Optional.empty(); // the passport's own answer: nobody with that identity
      }
      if (response.getStatus() != 200) {
        throw new IllegalStateException("The passport answered " + response.getStatus() + " when asked for an address.");
      }
      ContactDto contact = response.readEntity(ContactDto.class);
      return Optional.of(new Recipient(contact.name(), contact.email(), contact.organisations()));
    } catch (ProcessingException e) {
      throw new IllegalStateException("The passport could not be reached for an address: " + e.getMessage(), e);
    }
  }
}
