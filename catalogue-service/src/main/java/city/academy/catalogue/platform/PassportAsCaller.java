package city.academy.catalogue.platform;

import city.academy.passport.api.PassportClient;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The passport service as the signed-in person sees it: a client that presents their own token,
 * so the passport's access rules decide what they may read (ADR 0006). Short timeouts: a page
 * waits on it.
 */
public final class PassportAsCaller {

  private PassportAsCaller() {}

  public static PassportClient client(String passportUrl, String rawToken) {
    return RestClientBuilder.newBuilder()
        .baseUri(URI.create(passportUrl))
        .connectTimeout(3, TimeUnit.SECONDS)
        .readTimeout(10, TimeUnit.SECONDS)
        .register(new Bearer(rawToken))
        .build(PassportClient.class);
  }

  /** Presents the person's own token. */
  static final class Bearer implements ClientRequestFilter {
    private final String raw;

    Bearer(String raw) {
      this.raw = raw;
    }

    @Override
    public void filter(ClientRequestContext request) {
      request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + raw);
    }
  }
}
