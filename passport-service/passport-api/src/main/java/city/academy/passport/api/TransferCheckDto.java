package city.academy.passport.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a transfer check.
 *
 * @param personId passport identity
 * @param displayName the person's name
 * @param organisationCode receiving organisation
 * @param staffGroup the new post's staff group
 * @param jobRole the new post's job role
 * @param startDate the start date checked against
 * @param checkedOn the day the check was made
 * @param items one per requirement of the new post
 * @param metCount requirements already met and valid on the start date
 * @param toDoCount requirements to complete before the start date
 * @param hoursAvoided typical hours of the training already met: not to be repeated
 * @param localRequirements the receiving organisation's own requirements for the post: not
 *     portable, so to do unless already done there
 */
public record TransferCheckDto(
    String personId,
    String displayName,
    String organisationCode,
    String staffGroup,
    String jobRole,
    LocalDate startDate,
    LocalDate checkedOn,
    List<Item> items,
    int metCount,
    int toDoCount,
    double hoursAvoided,
    List<LocalRuleDto> localRequirements) {

  /** How a requirement of the new post stands. */
  public enum Outcome {
    /** A portable record is valid on the start date (and until {@code validUntil}). */
    MET,
    /** Valid today but expires on or before the start date: refresh before starting. */
    EXPIRES_BEFORE_START,
    /** No valid record: to do before starting. */
    MISSING
  }

  /** One requirement of the new post. */
  public record Item(
      String subject,
      String subjectName,
      String level,
      String levelName,
      Outcome outcome,
      LocalDate validUntil,
      double typicalHours,
      TrainingRecordDto record) {}
}
