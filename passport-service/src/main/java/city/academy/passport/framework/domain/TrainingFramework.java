package city.academy.passport.framework.domain;

import city.academy.passport.api.TrainingFrameworkDto;
import city.academy.passport.api.TrainingFrameworkDto.LevelDto;
import city.academy.passport.api.TrainingFrameworkDto.RequirementRuleDto;
import city.academy.passport.api.TrainingFrameworkDto.SubjectDto;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One edition of the training framework, checked for consistency when it is built: every rule
 * names a subject and level that exist, every figure cites a declared source.
 */
public final class TrainingFramework {

  private final TrainingFrameworkDto data;
  private final Map<String, SubjectDto> subjects = new HashMap<>();
  /** Levels by subject then level code: asked for every record of every person in a compliance tally. */
  private final Map<String, Map<String, LevelDto>> levels = new HashMap<>();

  public TrainingFramework(TrainingFrameworkDto data) {
    this.data = data;
    List<String> problems = new ArrayList<>();
    if (data.id() == null || data.version() == null) {
      problems.add("the framework needs an id and a version");
    }
    Set<String> sources = new HashSet<>();
    data.sources().forEach(s -> sources.add(s.id()));
    Set<String> staffGroups = new HashSet<>();
    data.staffGroups().forEach(g -> staffGroups.add(g.code()));
    for (SubjectDto subject : data.subjects()) {
      if (subjects.put(subject.code(), subject) != null) {
        problems.add("subject " + subject.code() + " appears twice");
      }
      for (LevelDto level : subject.levels()) {
        levels.computeIfAbsent(subject.code(), c -> new HashMap<>()).put(level.code(), level);
        if (!sources.contains(level.source())) {
          problems.add(subject.code() + " level " + level.code() + " cites unknown source " + level.source());
        }
        if (level.refresherMonths() != null && level.refresherMonths() <= 0) {
          problems.add(subject.code() + " level " + level.code() + " has a refresher period that is not positive");
        }
      }
    }
    for (RequirementRuleDto rule : data.requirementRules()) {
      if (level(rule.subject(), rule.level()).isEmpty()) {
        problems.add("rule " + rule.id() + " names " + rule.subject() + " level " + rule.level() + ", which does not exist");
      }
      if (!sources.contains(rule.source())) {
        problems.add("rule " + rule.id() + " cites unknown source " + rule.source());
      }
      if (rule.staffGroups() != null) {
        rule.staffGroups().stream()
            .filter(g -> !staffGroups.contains(g))
            .forEach(g -> problems.add("rule " + rule.id() + " names unknown staff group " + g));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "The training framework " + data.id() + " " + data.version() + " is not consistent: "
              + String.join("; ", problems));
    }
  }

  public TrainingFrameworkDto data() {
    return data;
  }

  public String version() {
    return data.version();
  }

  public Optional<LevelDto> level(String subjectCode, String levelCode) {
    Map<String, LevelDto> ofSubject = levels.get(subjectCode);
    return ofSubject == null ? Optional.empty() : Optional.ofNullable(ofSubject.get(levelCode));
  }

  /**
   * The day a record of this subject and level completed on {@code completedOn} stops being valid:
   * completion plus the refresher period in calendar months (29 Feb plus a year is 28 Feb), or
   * empty when the level never expires.
   */
  public Optional<LocalDate> expiryOf(String subjectCode, String levelCode, LocalDate completedOn) {
    LevelDto level =
        level(subjectCode, levelCode)
            .orElseThrow(
                () -> new IllegalArgumentException(
                    "The framework has no " + subjectCode + " at level " + levelCode + "."));
    return Optional.ofNullable(level.refresherMonths()).map(completedOn::plusMonths);
  }

  /**
   * What a person holding these posts must have: one requirement per subject, at the highest level
   * any rule asks of any post (a higher level satisfies the lower ones), in the framework's order.
   */
  public List<Requirement> requirementsFor(List<Post> posts) {
    Map<String, String> levelBySubject = new HashMap<>();
    Map<String, List<String>> rulesBySubject = new HashMap<>();
    for (RequirementRuleDto rule : data.requirementRules()) {
      if (posts.stream().noneMatch(post -> applies(rule, post))) {
        continue;
      }
      rulesBySubject.computeIfAbsent(rule.subject(), s -> new ArrayList<>()).add(rule.id());
      levelBySubject.merge(rule.subject(), rule.level(),
          (held, asked) -> rank(rule.subject(), asked) > rank(rule.subject(), held) ? asked : held);
    }
    List<Requirement> requirements = new ArrayList<>();
    for (SubjectDto subject : data.subjects()) {
      String level = levelBySubject.get(subject.code());
      if (level != null) {
        requirements.add(new Requirement(subject.code(), level, List.copyOf(rulesBySubject.get(subject.code()))));
      }
    }
    return requirements;
  }

  static boolean applies(RequirementRuleDto rule, Post post) {
    return (rule.staffGroups() == null || rule.staffGroups().isEmpty() || rule.staffGroups().contains(post.staffGroup()))
        && (rule.clinical() == null || rule.clinical() == post.clinical())
        && (rule.patientFacing() == null || rule.patientFacing() == post.patientFacing())
        && (rule.sectors() == null || rule.sectors().isEmpty() || rule.sectors().contains(post.sector()));
  }

  private int rank(String subject, String level) {
    return level(subject, level).map(LevelDto::rank).orElse(0);
  }

  public Optional<SubjectDto> subject(String code) {
    return Optional.ofNullable(subjects.get(code));
  }

  /** Does a record at {@code heldLevel} satisfy a requirement at {@code requiredLevel}? */
  public boolean satisfies(String subjectCode, String heldLevel, String requiredLevel) {
    Map<String, LevelDto> ofSubject = levels.get(subjectCode);
    if (ofSubject == null) {
      return false;
    }
    LevelDto held = ofSubject.get(heldLevel);
    LevelDto required = ofSubject.get(requiredLevel);
    return held != null && required != null && held.rank() >= required.rank();
  }
}
