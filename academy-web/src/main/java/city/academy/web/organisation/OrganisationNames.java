package city.academy.web.organisation;

import city.academy.passport.api.OrganisationDto;
import city.academy.passport.api.PassportClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Partner organisations' names for their codes, so a record says "Northgate General Hospital NHS
 * Trust" rather than {@code NGH}. Read from the passport service at most once an hour (as {@code
 * FrameworkNames} reads the framework); while it cannot be read, the code is shown.
 */
@Named
@ApplicationScoped
public class OrganisationNames {
  private static final Logger LOG = Logger.getLogger(OrganisationNames.class.getName());
  static final Duration KEEP = Duration.ofHours(1);
  static final Duration RETRY = Duration.ofMinutes(1);

  @Inject @RestClient PassportClient passport;

  /** Names by code, and when they were read. */
  record Snapshot(Map<String, String> names, Instant readAt) {}

  private volatile Snapshot snapshot = new Snapshot(Map.of(), Instant.EPOCH);
  private volatile Instant lastFailure = Instant.EPOCH;

  /** The organisation's name; the text itself when it is no code the service knows; empty for none. */
  public String name(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String name = names().get(code.strip());
    return name != null ? name : code;
  }

  /** Every partner as code and name, by name (empty while the passport service cannot be read). */
  public List<Map.Entry<String, String>> all() {
    return names().entrySet().stream().sorted(Map.Entry.comparingByValue()).toList();
  }

  private Map<String, String> names() {
    Instant now = Instant.now();
    Snapshot current = snapshot;
    if (current.readAt().plus(KEEP).isAfter(now) || lastFailure.plus(RETRY).isAfter(now)) {
      return current.names();
    }
    try {
      snapshot = new Snapshot(namesOf(passport.organisations()), now);
    } catch (RuntimeException e) {
      lastFailure = now;
      LOG.log(Level.INFO, "Organisation names not available just now: {0}", String.valueOf(e));
    }
    return snapshot.names();
  }

  static Map<String, String> namesOf(List<OrganisationDto> organisations) {
    Map<String, String> names = new HashMap<>();
    if (organisations != null) {
      for (OrganisationDto o : organisations) {
        if (o.code() != null && o.name() != null && !o.name().isBlank()) {
          names.put(o.code(), o.name());
        }
      }
    }
    return Map.copyOf(names);
  }
}
