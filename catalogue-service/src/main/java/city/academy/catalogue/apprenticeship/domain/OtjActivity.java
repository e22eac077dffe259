package city.academy.catalogue.apprenticeship.domain;

/** Kinds of off-the-job training. */
public enum OtjActivity implements Coded {
  TAUGHT_SESSION("Taught session"),
  SELF_STUDY("Self-study"),
  MENTORING("Mentoring"),
  SHADOWING("Shadowing"),
  PROJECT("Project work"),
  ONLINE_LEARNING("Online learning"),
  ASSIGNMENT("Assignment"),
  INDUSTRY_VISIT("Industry visit");

  private final String label;

  OtjActivity(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
