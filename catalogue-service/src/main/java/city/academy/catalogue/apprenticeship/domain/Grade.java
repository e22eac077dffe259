package city.academy.catalogue.apprenticeship.domain;

/** The end-point assessment grade of an apprentice who achieved. */
public enum Grade implements Coded {
  PASS("Pass"),
  MERIT("Merit"),
  DISTINCTION("Distinction");

  private final String label;

  Grade(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
