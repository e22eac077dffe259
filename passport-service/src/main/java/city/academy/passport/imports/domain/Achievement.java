package city.academy.passport.imports.domain;

/** What a row says a person achieved. */
public sealed interface Achievement {

  /** Part of the natural key of an imported record: the same achievement always gives the same key. */
  String key();

  /** A framework subject at a level (the expiry is the framework's to derive). */
  record Subject(String subjectCode, String levelCode) implements Achievement {
    @Override
    public String key() {
      return "S:" + subjectCode + ":" + levelCode;
    }
  }

  /**
   * A local competence of the row's organisation ({@code <org>|LOCAL|<title>|}): becomes a local
   * record of that organisation when the title names one of its local requirements.
   */
  record Local(String title) implements Achievement {
    @Override
    public String key() {
      return "L:" + title.strip().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A course outside the framework (CPD): listed in the passport, never counted. */
  record Course(String title) implements Achievement {
    @Override
    public String key() {
      return "C:" + title.strip().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
