package city.academy.catalogue.apprenticeship.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A closed list of codes with words for people; {@link #parse} reads one from a request. */
public interface Coded {

  String label();

  /** The enum's name: the code on the wire and in the database. */
  String name();

  /**
   * @param what the field, for the message ("a withdrawal reason")
   * @return the constant, or null for blank text
   * @throws IllegalArgumentException naming the codes allowed
   */
  static <E extends Enum<E> & Coded> E parse(Class<E> type, String text, String what) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String code = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(code)) {
        return e;
      }
    }
    throw new IllegalArgumentException("\"" + text.strip() + "\" is not " + what + ". Choose one of: "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
  }
}
