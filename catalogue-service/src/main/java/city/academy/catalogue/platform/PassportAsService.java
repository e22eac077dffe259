package city.academy.catalogue.platform;

import city.academy.tokens.TokenSigner;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The passport service as the catalogue itself calls it, on nobody's behalf: with the catalogue's
 * own token (group {@code SYSTEM}, signed with the platform's key: ADR 0003), signed afresh for
 * each request.
 */
@ApplicationScoped
public class PassportAsService {
  public static final String SENDER = "catalogue-service";
  /** The client property that gives one slow request (a whole city's answer) longer than the usual 15 s. */
  public static final String READ_TIMEOUT = "jersey.config.client.readTimeout";

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

  @PreDestroy
  void close() {
    client.close();
  }

  /** A JSON request to a path under the passport's base URL, e.g. {@code api/records/completions}. */
  public Invocation.Builder request(String path, Object... templateValues) {
    var target = client.target(passportUrl).path(path);
    for (int i = 0; i + 1 < templateValues.length; i += 2) {
      target = target.resolveTemplate((String) templateValues[i], templateValues[i + 1]);
    }
    return authorised(target);
  }

  /** A JSON request to a path with one query parameter, e.g. {@code api/reminders/due?on=2026-12-03}. */
  public Invocation.Builder requestWithQuery(String path, String name, Object value) {
    return authorised(client.target(passportUrl).path(path).queryParam(name, value));
  }

  private Invocation.Builder authorised(jakarta.ws.rs.client.WebTarget target) {
    return target.request(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, signer.systemToken(SENDER).bearer());
  }
}
