package city.academy.passport.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's staff passport as of a day: each current requirement with its status, and overall
 * compliance.
 *
 * @param personId passport identity
 * @param displayName the person's name
 * @param asOf the day the statuses are for
 * @param expiringWindowDays a valid record expiring within this many days reads {@code EXPIRING}
 * @param frameworkVersion the framework edition the requirements come from
 * @param compliant every requirement is met on {@code asOf} ({@code COMPLIANT} or {@code EXPIRING})
 * @param requirements one entry per subject, at the highest level any current post requires
 * @param cpd other training (courses not mapped to a framework subject): listed, never counted
 * @param localRequirements the person's employers' own requirements (not portable; not in {@code compliant})
 * @param localRefreshers where an employer's stricter refresher period gives another status than
 *     the partnership's, that local status
 */
public record PassportDto(
    String personId,
    String displayName,
    LocalDate asOf,
    int expiringWindowDays,
    String frameworkVersion,
    boolean compliant,
    List<RequirementDto> requirements,
    List<TrainingRecordDto> cpd,
    List<LocalRequirementDto> localRequirements,
    List<LocalRefresherDto> localRefreshers) {

  /** An employer's own requirement and how it stands. */
  public record LocalRequirementDto(
      String organisationCode, String code, String title, Status status, LocalDate validUntil, LocalDate expiredOn, TrainingRecordDto record) {}

  /** The status of a framework requirement under an employer's stricter refresher period. */
  public record LocalRefresherDto(
      String organisationCode, String subject, String level, int refresherMonths, Status status, LocalDate validUntil, LocalDate expiredOn) {}

  /** Status of one requirement. */
  public enum Status {
    /** Met, and the record stays valid beyond the expiring window. */
    COMPLIANT,
    /** Met, but the record expires within the window. */
    EXPIRING,
    /** Only records that have expired. */
    EXPIRED,
    /** No record at the required level (or above). */
    MISSING
  }

  /**
   * One requirement and how it stands.
   *
   * @param subject framework subject code
   * @param subjectName the subject's name
   * @param level required level code
   * @param levelName the level's name
   * @param status how it stands on {@code asOf}
   * @param validUntil the last day the best record is valid (the day before it expires); null if
   *     missing, expired, or the record never expires
   * @param expiredOn the day the best expired record expired, when {@code EXPIRED}
   * @param typicalHours typical length of this training
   * @param record the record that decides the status (the best one), if any
   * @param reasons ids of the requirement rules that make it a requirement
   */
  public record RequirementDto(
      String subject,
      String subjectName,
      String level,
      String levelName,
      Status status,
      LocalDate validUntil,
      LocalDate expiredOn,
      double typicalHours,
      TrainingRecordDto record,
      List<String> reasons) {}
}
