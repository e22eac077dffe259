package city.academy.passport.imports.domain;

/** The kinds of file a partner can import. */
public enum ImportFormat {
  /** The national HR system's competence export: {@code NHS|CSTF|Fire Safety - 2 Years|} names. */
  NATIONAL_HR("National HR system competence export"),
  /** The academy's own format, documented in docs/imports.md with a template. */
  GENERIC("Generic training records"),
  /** A social-care training export: categories such as "Fire safety", mapped through a crosswalk. */
  SOCIAL_CARE("Social care training export");

  private final String label;

  ImportFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
