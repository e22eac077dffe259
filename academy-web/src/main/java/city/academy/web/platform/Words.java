package city.academy.web.platform;

import java.util.Set;

/** Codes from the services in words: {@code NHS_TRUST} becomes "NHS trust". */
public final class Words {
  private static final Set<String> ACRONYMS = Set.of("NHS", "GP", "CQC", "HR", "IT", "CPD", "UK");

  private Words() {}

  public static String humanise(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String[] parts = code.strip().split("[_\\s]+");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      String word = ACRONYMS.contains(part.toUpperCase()) ? part.toUpperCase() : part.toLowerCase();
      if (i == 0 && !word.isEmpty()) {
        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
      }
      if (i > 0) {
        text.append(' ');
      }
      text.append(word);
    }
    return text.toString();
  }

  /** "Yes" or "No". */
  public static String yesNo(boolean value) {
    return value ? "Yes" : "No";
  }
}
