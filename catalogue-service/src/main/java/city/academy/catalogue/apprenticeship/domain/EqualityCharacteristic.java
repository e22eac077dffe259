package city.academy.catalogue.apprenticeship.domain;

import java.util.List;
import java.util.Locale;

/**
 * The equality monitoring questions and their answers. Every question also takes
 * {@link #PREFER_NOT_TO_SAY}; a question never answered counts as {@link #NOT_DECLARED}.
 */
public enum EqualityCharacteristic {
  ETHNICITY("Ethnic group", List.of(
      new Answer("WHITE", "White"), new Answer("MIXED", "Mixed or multiple ethnic groups"),
      new Answer("ASIAN", "Asian or Asian British"), new Answer("BLACK", "Black, Black British, Caribbean or African"),
      new Answer("OTHER", "Other ethnic group"))),
  SEX("Sex", List.of(new Answer("FEMALE", "Female"), new Answer("MALE", "Male"))),
  DISABILITY("Disability", List.of(new Answer("YES", "Disabled"), new Answer("NO", "Not disabled"))),
  DEPRIVATION_DECILE("Deprivation decile of home area", List.of(
      new Answer("1", "1 (most deprived)"), new Answer("2", "2"), new Answer("3", "3"), new Answer("4", "4"),
      new Answer("5", "5"), new Answer("6", "6"), new Answer("7", "7"), new Answer("8", "8"), new Answer("9", "9"),
      new Answer("10", "10 (least deprived)")));

  public static final String PREFER_NOT_TO_SAY = "PREFER_NOT_TO_SAY";
  public static final String NOT_DECLARED = "NOT_DECLARED";

  /** One answer: its code and its words. */
  public record Answer(String code, String label) {}

  private final String label;
  private final List<Answer> answers;

  EqualityCharacteristic(String label, List<Answer> answers) {
    this.label = label;
    this.answers = answers;
  }

  public String label() {
    return label;
  }

  /** The answers a person may give, "prefer not to say" last. */
  public List<Answer> choices() {
    return java.util.stream.Stream.concat(answers.stream(), java.util.stream.Stream.of(new Answer(PREFER_NOT_TO_SAY, "Prefer not to say"))).toList();
  }

  /** The rows of a report: every answer, then "prefer not to say", then "not declared". */
  public List<Answer> reportRows() {
    return java.util.stream.Stream.concat(choices().stream(), java.util.stream.Stream.of(new Answer(NOT_DECLARED, "Not declared"))).toList();
  }

  /**
   * @return the code as stored, or null for blank text (not answered)
   * @throws IllegalArgumentException for an answer this question does not have
   */
  public String parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String code = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (Answer a : choices()) {
      if (a.code().equals(code)) {
        return code;
      }
    }
    throw new IllegalArgumentException("\"" + text.strip() + "\" is not an answer to \"" + label + "\". Choose one of: "
        + String.join(", ", choices().stream().map(Answer::code).toList()) + ".");
  }
}
