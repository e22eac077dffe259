package city.academy.web.passport;

import city.academy.passport.api.PassportDto.Status;
import java.time.LocalDate;
import java.util.List;

/**
 * One requirement of the passport as the page shows it.
 *
 * @param subject framework subject code (for the row's id)
 * @param subjectName the subject by name
 * @param levelName the level required, by name
 * @param status how it stands
 * @param light its traffic light
 * @param statusText the light in words: "Up to date until 3 Mar 2027", "Not done"
 * @param completedOn when the deciding record was completed; {@code null} without one
 * @param attestedBy the organisation that delivered or attested the deciding record, by name
 * @param source how the deciding record came in, in words
 * @param typicalLength "Takes about 1.5 hours" for training to be done; empty otherwise
 * @param local employers' stricter refresher periods for this subject and how it stands under them
 */
public record RequirementRow(
    String subject,
    String subjectName,
    String levelName,
    Status status,
    TrafficLight light,
    String statusText,
    LocalDate completedOn,
    String attestedBy,
    String source,
    String typicalLength,
    List<LocalNote> local) {

  public RequirementRow {
    local = local == null ? List.of() : List.copyOf(local);
  }

  /** The row's element id: {@code requirement-FIRE_SAFETY}. */
  public String elementId() {
    return "requirement-" + (subject == null ? "" : subject.replaceAll("[^A-Za-z0-9_-]", "_"));
  }

  public boolean needsAttention() {
    return light.needsAttention();
  }
}
