package city.academy.catalogue.course.domain;

/** The training framework's subjects and levels, as the passport keeps them. */
public interface FrameworkSubjects {

  /**
   * Refuses (400) a subject and level the framework does not have, so a completion of the course
   * can always become a passport record.
   */
  void requireKnown(String subjectCode, String levelCode);
}
