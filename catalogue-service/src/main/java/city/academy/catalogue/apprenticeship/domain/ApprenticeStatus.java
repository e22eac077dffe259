package city.academy.catalogue.apprenticeship.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where an apprentice is on their journey. The allowed moves: docs/apprenticeships.md. */
public enum ApprenticeStatus implements Coded {
  ACTIVE("Active", "active"),
  BREAK_IN_LEARNING("Break in learning", "on a break in learning"),
  GATEWAY("Gateway", "at gateway"),
  END_POINT_ASSESSMENT("End-point assessment", "in end-point assessment"),
  COMPLETED("Completed, result awaited", "completed, awaiting the result"),
  ACHIEVED("Achieved", "achieved"),
  FAILED("Failed", "failed"),
  WITHDRAWN("Withdrawn", "withdrawn");

  private final String label;
  private final String phrase;

  ApprenticeStatus(String label, String phrase) {
    this.label = label;
    this.phrase = phrase;
  }

  /** For sentences: "is on a break in learning", "has been at gateway since". */
  public String phrase() {
    return phrase;
  }

  @Override
  public String label() {
    return label;
  }

  /** The statuses one may move to from this one. */
  public Set<ApprenticeStatus> next() {
    return switch (this) {
      case ACTIVE -> EnumSet.of(BREAK_IN_LEARNING, WITHDRAWN, GATEWAY);
      case BREAK_IN_LEARNING -> EnumSet.of(ACTIVE, WITHDRAWN);
      case GATEWAY -> EnumSet.of(END_POINT_ASSESSMENT, WITHDRAWN);
      case END_POINT_ASSESSMENT -> EnumSet.of(COMPLETED, WITHDRAWN);
      case COMPLETED -> EnumSet.of(ACHIEVED, FAILED);
      case ACHIEVED, FAILED, WITHDRAWN -> EnumSet.noneOf(ApprenticeStatus.class);
    };
  }

  /** Left the programme: the denominator of the achievement rate. */
  public boolean hasLeft() {
    return this == WITHDRAWN || this == ACHIEVED || this == FAILED;
  }

  /** Training over (no more off-the-job hours can be logged). */
  public boolean trainingOver() {
    return hasLeft() || this == COMPLETED;
  }

  /** Still learning, so progress reviews are due. */
  public boolean reviewsDue() {
    return this == ACTIVE || this == GATEWAY || this == END_POINT_ASSESSMENT;
  }

  /** Counted as "in learning" in reports: not on a break and not left. */
  public boolean inLearning() {
    return !hasLeft() && this != BREAK_IN_LEARNING;
  }
}
