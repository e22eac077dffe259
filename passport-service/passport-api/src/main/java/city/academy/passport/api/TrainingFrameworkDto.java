package city.academy.passport.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The training framework, versioned reference data. The file {@code config/framework/*.json} has
 * exactly this shape, and {@code GET /passport/api/framework} answers with it.
 *
 * @param id stable identifier of the framework (e.g. {@code cstf-england})
 * @param version version of this edition, e.g. {@code 2026.1}
 * @param title human title
 * @param effectiveFrom first day this edition applies
 * @param sources where the figures come from; figures cite these by id
 * @param organisationTypes the partner organisation types
 * @param staffGroups staff groups people are employed in
 * @param subjects subjects with their levels, refresher periods and typical hours
 * @param requirementRules who needs which subject at which level
 */
public record TrainingFrameworkDto(
    String id,
    String version,
    String title,
    LocalDate effectiveFrom,
    List<SourceDto> sources,
    List<OrganisationTypeDto> organisationTypes,
    List<StaffGroupDto> staffGroups,
    List<SubjectDto> subjects,
    List<RequirementRuleDto> requirementRules) {

  /** A published source for figures. */
  public record SourceDto(String id, String title, String publisher, String url, String note) {}

  /** A kind of partner organisation; {@code sector} is {@code HEALTH} or {@code SOCIAL_CARE}. */
  public record OrganisationTypeDto(String code, String name, String sector) {}

  /** A staff group (NHS occupational group or social care job family). */
  public record StaffGroupDto(String code, String name, String sector, boolean clinical) {}

  /**
   * A subject with its levels. {@code portable} subjects count across partners; the framework's
   * subjects are all portable, organisations' local ones are not.
   */
  public record SubjectDto(String code, String name, boolean portable, List<LevelDto> levels) {}

  /**
   * A level of a subject. A level satisfies every level of the same subject with a lower or equal
   * {@code rank}.
   *
   * @param refresherMonths months until a record at this level expires; {@code null} never expires
   * @param typicalHours typical length of the training, for "hours avoided" figures
   * @param source id of the source of the refresher period
   * @param confidence {@code high}, {@code medium} or {@code low}: how sure the sources are
   * @param note what the sources say when they disagree
   */
  public record LevelDto(
      String code,
      String name,
      int rank,
      Integer refresherMonths,
      double typicalHours,
      String source,
      String confidence,
      String note) {}

  /**
   * Who needs a subject at a level. An empty or {@code null} condition matches everyone.
   *
   * @param staffGroups staff group codes the rule applies to (empty: all)
   * @param clinical only clinical posts ({@code true}), only non-clinical ({@code false}), or any
   * @param patientFacing only patient-facing posts, only not, or any
   * @param sectors {@code HEALTH}, {@code SOCIAL_CARE} (empty: both)
   */
  public record RequirementRuleDto(
      String id,
      String subject,
      String level,
      List<String> staffGroups,
      Boolean clinical,
      Boolean patientFacing,
      List<String> sectors,
      String source) {}
}
