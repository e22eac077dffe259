package city.academy.catalogue.course.infrastructure;

import city.academy.catalogue.course.domain.FrameworkSubjects;
import city.academy.passport.api.PassportClient;
import city.academy.passport.api.TrainingFrameworkDto;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Asks the passport for its framework (with the provider's own token, as for line managers: ADR
 * 0006) and keeps the subject-level pairs for an hour.
 */
@ApplicationScoped
public class PassportFrameworkSubjects implements FrameworkSubjects {
  static final Duration KEEP = Duration.ofHours(1);

  @Inject JsonWebToken token;

  @Inject
  @ConfigProperty(name = "passport/mp-rest/url", defaultValue = "http://127.0.0.1:8080/passport")
  String passportUrl;

  private volatile Set<String> known;
  private volatile Instant readAt = Instant.EPOCH;

  @Override
  public void requireKnown(String subjectCode, String levelCode) {
    if (subjectCode == null) {
      return;
    }
    if (!pairs().contains(subjectCode + ":" + levelCode)) {
      throw ProblemException.badRequest("The training framework has no " + subjectCode + " at level " + levelCode + ".");
    }
  }

  private Set<String> pairs() {
    Set<String> current = known;
    if (current != null && Instant.now().isBefore(readAt.plus(KEEP))) {
      return current;
    }
    String raw = token == null ? null : token.getRawToken();
    ClientRequestFilter bearer = request -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + raw);
    TrainingFrameworkDto framework;
    try {
      framework = RestClientBuilder.newBuilder().baseUri(URI.create(passportUrl))
          .connectTimeout(3, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS)
          .register(bearer).build(PassportClient.class).framework();
    } catch (WebApplicationException | ProcessingException e) {
      throw new ProblemException(ProblemType.UNAVAILABLE,
          "We could not check the framework subject with the passport just now. Please try again in a minute.");
    }
    Set<String> pairs = new HashSet<>();
    framework.subjects().forEach(s -> s.levels().forEach(l -> pairs.add(s.code() + ":" + l.code())));
    known = Set.copyOf(pairs);
    readAt = Instant.now();
    return known;
  }
}
