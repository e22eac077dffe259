package city.academy.web.framework;

import city.academy.passport.api.PassportClient;
import city.academy.passport.api.TrainingFrameworkDto;
import city.academy.web.platform.Words;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The framework's names for its codes (staff groups, subjects, levels, organisation types), so
 * pages say "Nursing and Midwifery Registered" rather than {@code NURSING_MIDWIFERY}. Read from the
 * passport service at most once an hour; while it cannot be read, codes are shown in plain words.
 */
@Named
@ApplicationScoped
public class FrameworkNames {
  private static final Logger LOG = Logger.getLogger(FrameworkNames.class.getName());
  static final Duration KEEP = Duration.ofHours(1);
  static final Duration RETRY = Duration.ofMinutes(1);

  @Inject @RestClient PassportClient passport;

  /** Names by kind and code, and when they were read. */
  record Snapshot(Map<String, String> names, Instant readAt) {}

  private volatile Snapshot snapshot = new Snapshot(Map.of(), Instant.EPOCH);
  private volatile Instant lastFailure = Instant.EPOCH;

  public String staffGroup(String code) {
    return name("staffGroup:" + code, code);
  }

  public String subject(String code) {
    return name("subject:" + code, code);
  }

  /** "Level 2" for subject {@code INFECTION_PREVENTION} level {@code 2}. */
  public String level(String subject, String level) {
    String name = names().get("level:" + subject + ":" + level);
    return name != null ? name : (level == null ? "" : "Level " + level);
  }

  /** The framework's subjects as code and name, by name (empty while the framework cannot be read). */
  public java.util.List<Map.Entry<String, String>> subjects() {
    return names().entrySet().stream()
        .filter(e -> e.getKey().startsWith("subject:"))
        .map(e -> Map.entry(e.getKey().substring("subject:".length()), e.getValue()))
        .sorted(Map.Entry.comparingByValue())
        .toList();
  }

  public String organisationType(String code) {
    return name("organisationType:" + code, code);
  }

  private String name(String key, String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String name = names().get(key);
    return name != null ? name : Words.humanise(code);
  }

  private Map<String, String> names() {
    Instant now = Instant.now();
    Snapshot current = snapshot;
    if (current.readAt().plus(KEEP).isAfter(now) || lastFailure.plus(RETRY).isAfter(now)) {
      return current.names();
    }
    try {
      snapshot = new Snapshot(namesOf(passport.framework()), now);
    } catch (RuntimeException e) {
      lastFailure = now;
      LOG.log(Level.INFO, "Framework names not available just now: {0}", String.valueOf(e));
    }
    return snapshot.names();
  }

  static Map<String, String> namesOf(TrainingFrameworkDto framework) {
    Map<String, String> names = new HashMap<>();
    if (framework.staffGroups() != null) {
      framework.staffGroups().forEach(g -> names.put("staffGroup:" + g.code(), g.name()));
    }
    if (framework.organisationTypes() != null) {
      framework.organisationTypes().forEach(t -> names.put("organisationType:" + t.code(), t.name()));
    }
    if (framework.subjects() != null) {
      framework.subjects().forEach(
          s -> {
            names.put("subject:" + s.code(), s.name());
            if (s.levels() != null) {
              s.levels().forEach(l -> names.put("level:" + s.code() + ":" + l.code(), l.name()));
            }
          });
    }
    return Map.copyOf(names);
  }
}
