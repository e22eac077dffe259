package city.academy.catalogue.completion.infrastructure;

import city.academy.catalogue.completion.domain.CompletionDelivery;
import city.academy.catalogue.completion.domain.CompletionHandOff;
import city.academy.catalogue.platform.PassportAsService;
import city.academy.passport.api.CompletionRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;

/**
 * Hands a completion to the passport ({@code POST /api/records/completions}) with the catalogue's
 * own token (group {@code SYSTEM}, signed with the platform's key: ADR 0003). The passport answers
 * 201 (recorded), 200 (recorded before) or 409 (recorded a moment ago by a concurrent delivery): all
 * three mean delivered. Anything else is tried again later; a 4xx says what is wrong in the log and
 * the outbox row.
 */
@ApplicationScoped
public class PassportCompletionDelivery implements CompletionDelivery {
  @Inject PassportAsService passport;

  @Override
  public Result deliver(CompletionHandOff handOff) {
    CompletionRequest request = new CompletionRequest(handOff.idempotencyKey(), handOff.personId(), handOff.subjectCode(),
        handOff.levelCode(), handOff.courseTitle(), handOff.completedOn(), handOff.deliveringOrganisationCode());
    try (Response response = passport.request("api/records/completions").post(Entity.json(request))) {
      int status = response.getStatus();
      if (status == 200 || status == 201 || status == 409) {
        return Result.delivered();
      }
      String body = response.hasEntity() ? response.readEntity(String.class) : "";
      return Result.retry("The passport answered " + status + (body.isBlank() ? "" : ": " + body));
    } catch (ProcessingException e) {
      return Result.retry("The passport could not be reached: " + e.getMessage());
    }
  }
}
