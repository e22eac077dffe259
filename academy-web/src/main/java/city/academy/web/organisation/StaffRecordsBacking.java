package city.academy.web.organisation;

import city.academy.passport.api.ManualRecordRequest;
import city.academy.passport.api.PassportClient;
import city.academy.passport.api.PassportDto;
import city.academy.passport.api.RecordChangeRequest;
import city.academy.passport.api.TrainingFrameworkDto;
import city.academy.passport.api.TrainingRecordDto;
import city.academy.web.framework.FrameworkNames;
import city.academy.web.passport.Names;
import city.academy.web.passport.PassportView;
import city.academy.web.passport.RecordRow;
import city.academy.web.passport.RequirementRow;
import city.academy.web.platform.DisplayDates;
import city.academy.web.platform.RequestParams;
import city.academy.web.platform.ServiceCalls;
import city.academy.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * HR keeps one of their staff's training record ({@code ?person=OWA-…}): their passport in brief,
 * every entry, a record added by hand with its evidence, and a correction or withdrawal with a
 * reason. Nothing is overwritten: each change is a new entry, and the service decides who may make
 * it (its message is shown as it words it).
 */
@Named
@RequestScoped
public class StaffRecordsBacking {
  private static final String SERVICE = "The passport service";

  @Inject @RestClient PassportClient passport;
  @Inject CurrentUser currentUser;
  @Inject FrameworkNames frameworkNames;
  @Inject OrganisationNames organisationNames;

  /** A choice in a select. */
  public record Choice(String value, String label) {}

  private String person;
  private PassportDto found;
  private List<RequirementRow> requirements = List.of();
  private List<RecordRow> history = List.of();
  private List<TrainingRecordDto> entries = List.of();
  private List<Choice> trainings = List.of();
  private List<Choice> levels = List.of();

  // Adding a record
  private String training;
  private String completedOn;
  private String evidence;
  // Changing an entry
  private String entry;
  private String change = "CORRECT";
  private String newLevel;
  private String newCompletedOn;
  private String reason;
  private String done;

  /**
   * Reads the person from the address on a GET and from the form's hidden field on a POST, before
   * anything else: the selects must hold the same choices when a submitted form is checked.
   */
  @PostConstruct
  void load() {
    person = RequestParams.get("person");
    if (person == null) {
      return;
    }
    person = person.toUpperCase(Locale.ROOT);
    ServiceCalls.call(SERVICE, passport::framework).ifPresent(this::choices);
    refresh();
  }

  private void refresh() {
    Names names = Names.of(frameworkNames, organisationNames);
    found = ServiceCalls.call(SERVICE, () -> passport.passport(person, null)).orElse(null);
    if (found == null) {
      return;
    }
    requirements = PassportView.rows(found, names);
    entries = ServiceCalls.call(SERVICE, () -> passport.records(person)).orElse(List.of());
    history = PassportView.history(entries, names);
  }

  private void choices(TrainingFrameworkDto framework) {
    List<Choice> all = new ArrayList<>();
    TreeSet<String> levelCodes = new TreeSet<>();
    for (var subject : framework.subjects()) {
      for (var level : subject.levels()) {
        all.add(new Choice(subject.code() + "|" + level.code(), subject.name() + ", " + level.name()));
        levelCodes.add(level.code());
      }
    }
    trainings = all;
    levels = levelCodes.stream().map(code -> new Choice(code, "Level " + code)).toList();
  }

  public String add() {
    String organisation = getOrganisationCode();
    if (organisation == null) {
      ServiceCalls.error("You are not the HR admin of an organisation, so you cannot attest training.");
      return null;
    }
    if (training == null || !training.contains("|")) {
      ServiceCalls.error("Choose the training that was completed.");
      return null;
    }
    LocalDate completed = date(completedOn, "the completion date");
    if (completed == null) {
      return null;
    }
    String[] subjectLevel = training.split("\\|", 2);
    ServiceCalls.call(SERVICE, () -> passport.addRecord(
            new ManualRecordRequest(person, subjectLevel[0], subjectLevel[1], completed, organisation, blankToNull(evidence))))
        .ifPresent(record -> {
          done = "Entry " + record.id() + " added: " + frameworkNames.subject(record.subject()) + ", completed "
              + DisplayDates.format(record.completedOn()) + ".";
          training = null;
          completedOn = null;
          evidence = null;
        });
    refresh();
    return null;
  }

  public String changeEntry() {
    long id;
    try {
      id = Long.parseLong(entry == null ? "" : entry.strip());
    } catch (NumberFormatException e) {
      ServiceCalls.error("Choose the entry to change.");
      return null;
    }
    LocalDate completed = null;
    if ("CORRECT".equals(change)) {
      if ((newCompletedOn == null || newCompletedOn.isBlank()) && (newLevel == null || newLevel.isBlank())) {
        ServiceCalls.error("A correction changes the completion date or the level: give at least one.");
        return null;
      }
      if (newCompletedOn != null && !newCompletedOn.isBlank()) {
        completed = date(newCompletedOn, "the corrected completion date");
        if (completed == null) {
          return null;
        }
      }
    }
    RecordChangeRequest request = new RecordChangeRequest(blankToNull(newLevel), completed, blankToNull(reason));
    boolean revoke = "REVOKE".equals(change);
    ServiceCalls.call(SERVICE, () -> revoke ? passport.revokeRecord(id, request) : passport.correctRecord(id, request))
        .ifPresent((TrainingRecordDto record) -> {
          done = (revoke ? "Entry " + id + " withdrawn" : "Entry " + id + " corrected") + " by new entry " + record.id() + ".";
          entry = null;
          reason = null;
          newLevel = null;
          newCompletedOn = null;
        });
    refresh();
    return null;
  }

  private static LocalDate date(String text, String what) {
    if (text == null || text.isBlank()) {
      ServiceCalls.error("Give " + what + ".");
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      ServiceCalls.error("“" + text + "” is not a date we can read. Pick " + what + " in the date field.");
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The organisation that attests what HR adds: the first they are HR admin of. */
  public String getOrganisationCode() {
    var user = currentUser.getUser();
    return user == null || user.hrAdminOf().isEmpty() ? null : user.hrAdminOf().get(0);
  }

  public String getOrganisationName() {
    String code = getOrganisationCode();
    return code == null ? "" : organisationNames.name(code);
  }

  /** Entries that can still be changed: framework training, the latest of each chain, not withdrawals. */
  public List<Choice> getChangeable() {
    return changeable(entries).stream()
        .map(r -> new Choice(Long.toString(r.id()), "Entry " + r.id() + ": " + frameworkNames.subject(r.subject()) + ", "
            + frameworkNames.level(r.subject(), r.level()) + ", completed " + DisplayDates.format(r.completedOn())))
        .toList();
  }

  static List<TrainingRecordDto> changeable(List<TrainingRecordDto> entries) {
    java.util.Set<Long> superseded = new java.util.HashSet<>();
    entries.stream().map(TrainingRecordDto::supersedes).filter(java.util.Objects::nonNull).forEach(superseded::add);
    return entries.stream()
        .filter(r -> r.subject() != null && !"REVOCATION".equals(r.kind()) && !superseded.contains(r.id()))
        .toList();
  }

  public String getToday() {
    return LocalDate.now(DisplayDates.ZONE).toString();
  }

  public boolean isLoaded() {
    return found != null;
  }

  public PassportDto getPassport() {
    return found;
  }

  public String getSummary() {
    return found == null ? "" : PassportView.summary(found, LocalDate.now(DisplayDates.ZONE));
  }

  public List<RequirementRow> getRequirements() {
    return requirements;
  }

  public List<RecordRow> getHistory() {
    return history;
  }

  public List<Choice> getTrainings() {
    return trainings;
  }

  public List<Choice> getLevels() {
    return levels;
  }

  public String getDone() {
    return done;
  }

  public String getPerson() {
    return person;
  }

  public String getTraining() {
    return training;
  }

  public void setTraining(String training) {
    this.training = training;
  }

  public String getCompletedOn() {
    return completedOn;
  }

  public void setCompletedOn(String completedOn) {
    this.completedOn = completedOn;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }

  public String getEntry() {
    return entry;
  }

  public void setEntry(String entry) {
    this.entry = entry;
  }

  public String getChange() {
    return change;
  }

  public void setChange(String change) {
    this.change = change;
  }

  public String getNewLevel() {
    return newLevel;
  }

  public void setNewLevel(String newLevel) {
    this.newLevel = newLevel;
  }

  public String getNewCompletedOn() {
    return newCompletedOn;
  }

  public void setNewCompletedOn(String newCompletedOn) {
    this.newCompletedOn = newCompletedOn;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
