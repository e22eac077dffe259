package city.academy.launcher;

/** Which database the platform runs on. */
public enum Database {
  /** Embedded H2 files in the data folder: the default, nothing to install. */
  H2,
  /** A PostgreSQL server: production. */
  POSTGRES;

  public static Database parse(String value) {
    if (value == null || value.isBlank() || value.equalsIgnoreCase("h2")) {
      return H2;
    }
    if (value.equalsIgnoreCase("postgres") || value.equalsIgnoreCase("postgresql")) {
      return POSTGRES;
    }
    throw new IllegalArgumentException("ACADEMY_DB must be h2 or postgres, not " + value);
  }
}
