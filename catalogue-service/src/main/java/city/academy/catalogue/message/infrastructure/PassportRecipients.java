package city.academy.catalogue.message.infrastructure;

import city.academy.catalogue.message.application.Recipients;
import city.academy.passport.api.ContactDto;
import city.academy.tokens.TokenSigner;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks the passport for a person's address ({@code GET /api/people/{id}/contact}) with the
 * catalogue's own token (group {@code SYSTEM}, ADR 0003), when the message is sent, not when it is
 * queued: an address corrected in the meantime is used.
 */
@ApplicationScoped
public class PassportRecipients implements Recipients {
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
    client = ClientBuilder.newBuilder().connectTimeout(3, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS).build();
  }

  @PreDestroy
  void close() {
    client.close();
  }

  @Override
  public Optional<Recipient> of(String personId) {
    try (Response response = client.target(passportUrl).path("api/people/{id}/contact").resolveTemplate("id", personId)
        .request(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.AUTHORIZATION, signer.systemToken(SENDER).bearer())
        .get()) {
      if (response.getStatus() == 404 || response.getStatus() == 400) {
        return Optional.empty();
      }
      if (response.getStatus() != 200) {
        throw new IllegalStateException("The passport answered " + response.getStatus() + " when asked for an address.");
      }
      ContactDto contact = response.readEntity(ContactDto.class);
      return Optional.of(new Recipient(contact.name(), contact.email()));
    } catch (ProcessingException e) {
      throw new IllegalStateException("The passport could not be reached for an address: " + e.getMessage(), e);
    }
  }
}
