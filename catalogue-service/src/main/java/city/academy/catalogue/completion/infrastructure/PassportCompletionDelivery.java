package city.academy.catalogue.completion.infrastructure;

import city.academy.catalogue.completion.domain.CompletionDelivery;
import city.academy.catalogue.completion.domain.CompletionHandOff;
import city.academy.passport.api.CompletionRequest;
import city.academy.tokens.TokenSigner;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands a completion to the passport ({@code POST /api/records/completions}) with the catalogue's
 * own token (group {@code SYSTEM}, signed with the platform's key: ADR 0003). The passport answers
 * 201 (recorded), 200 (recorded before) or 409 (recorded a moment ago by a concurrent delivery): all
 * three mean delivered. Anything else is tried again later; a 4xx says what is wrong in the log and
 * the outbox row.
 */
@ApplicationScoped
public class PassportCompletionDelivery implements CompletionDelivery {
  static final String SENDER = "catalogue-service";

  @Inject
  @ConfigProperty(name = "passport/mp-rest/url", defaultValue = "http://127.0.0.1:8080/passport")
  String passportUrl;

  @Inject
  @ConfigProperty(name = TokenSigner.KEY_LOCATION)
  Optional<String> keyLocation;

  private TokenSigner signer;
  private Client client;

  @PostConstruct
  void init() {
    signer = TokenSigner.fromLocation(keyLocation, Clock.systemUTC());
    client = ClientBuilder.newBuilder().connectTimeout(3, TimeUnit.SECONDS).readTimeout(15, TimeUnit.SECONDS).build();
  }

  @Override
  public Result deliver(CompletionHandOff handOff) {
    CompletionRequest request = new CompletionRequest(handOff.idempotencyKey(), handOff.personId(), handOff.subjectCode(),
        handOff.levelCode(), handOff.courseTitle(), handOff.completedOn(), handOff.deliveringOrganisationCode());
    try (Response response = client.target(passportUrl).path("api/records/completions")
        .request(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.AUTHORIZATION, signer.systemToken(SENDER).bearer())
        .post(Entity.json(request))) {
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
