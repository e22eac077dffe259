package city.academy.web.imports;

import city.academy.passport.api.ImportClient;
import city.academy.passport.api.ImportJobDto;
import city.academy.web.platform.ProblemResponseMapper;
import city.academy.web.security.BearerTokenFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Sends an uploaded file on to the passport service as it is read, in chunks, so the portal never
 * holds a whole file in memory.
 *
 * <p>Why not the injected {@code @RestClient ImportClient}: Payara's Rest Client (Jersey, with its
 * HttpURLConnection connector) buffers a request body of unknown length in memory before sending
 * it, unless the client is told to send it chunked ({@code
 * jersey.config.client.request.entity.processing=CHUNKED}), and MicroProfile Config cannot set a
 * connector property. So this one client is built here, with the same address and providers as the
 * injected ones ({@code passport/mp-rest/...}), and a read timeout long enough for a large file.
 */
@ApplicationScoped
public class ImportUploads {
  /** Jersey's {@code ClientProperties.REQUEST_ENTITY_PROCESSING}, named as text: the portal does not compile against Jersey. */
  static final String ENTITY_PROCESSING = "jersey.config.client.request.entity.processing";

  @Inject
  @ConfigProperty(name = "passport/mp-rest/url")
  String passportUrl;

  @Inject
  @ConfigProperty(name = "passport/mp-rest/connectTimeout", defaultValue = "3000")
  long connectTimeoutMillis;

  /** Time allowed for the service to answer once the whole file is sent (it stores the file, then answers). */
  @Inject
  @ConfigProperty(name = "academy.imports.upload-timeout-seconds", defaultValue = "300")
  long uploadTimeoutSeconds;

  private volatile ImportClient client;

  /** Uploads the file as the signed-in person; the service's refusal comes back as a {@code ServiceProblem}. */
  public ImportJobDto upload(String format, String organisation, String fileName, InputStream file) {
    return client().upload(format, organisation, fileName, file);
  }

  private ImportClient client() {
    ImportClient current = client;
    if (current == null) {
      synchronized (this) {
        if (client == null) {
          client = RestClientBuilder.newBuilder()
              .baseUri(URI.create(passportUrl))
              .property(ENTITY_PROCESSING, "CHUNKED")
              .register(BearerTokenFilter.class)
              .register(ProblemResponseMapper.class)
              .connectTimeout(connectTimeoutMillis, TimeUnit.MILLISECONDS)
              .readTimeout(uploadTimeoutSeconds, TimeUnit.SECONDS)
              .build(ImportClient.class);
        }
        current = client;
      }
    }
    return current;
  }
}
