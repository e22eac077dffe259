package city.academy.catalogue.apprenticeship.domain;

/** Why an apprentice withdrew, coded so that reasons can be counted. */
public enum WithdrawalReason implements Coded {
  LEFT_EMPLOYER("Left their employer"),
  CHANGED_CAREER("Changed career"),
  HEALTH("Health"),
  PERSONAL("Personal or family reasons"),
  WORKLOAD("Workload"),
  PROGRAMME_NOT_SUITABLE("Programme not suitable"),
  TRANSFERRED_PROVIDER("Transferred to another provider"),
  DISMISSED("Dismissed"),
  OTHER("Other");

  private final String label;

  WithdrawalReason(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
