package city.academy.catalogue.search.domain;

import city.academy.catalogue.booking.domain.LondonTime;
import city.academy.catalogue.course.domain.DeliveryMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a person searches for, checked. Always upcoming sessions that are not cancelled.
 *
 * @param words each must appear in the course's title or description (lower case, any case matches)
 * @param subjectCode the framework subject the course satisfies, or null
 * @param providerCode the organisation running the course, or null
 * @param startsFrom sessions starting at or after this moment (never before {@code now})
 * @param startsBefore sessions starting before this moment (the day after {@code to}, London), or null
 * @param mode delivery mode, or null
 * @param availableOnly only sessions with a place the caller could take now
 * @param organisations the caller's employers (from the token), for {@code availableOnly}
 * @param now the moment of the search
 */
public record SearchCriteria(
    List<String> words,
    String subjectCode,
    String providerCode,
    OffsetDateTime startsFrom,
    OffsetDateTime startsBefore,
    DeliveryMode mode,
    boolean availableOnly,
    Set<String> organisations,
    OffsetDateTime now) {

  public static final int QUERY_MAX = 200;
  public static final int WORDS_MAX = 8;
  private static final Pattern SUBJECT = Pattern.compile("[A-Z0-9_]{1,48}");
  private static final Pattern ORGANISATION = Pattern.compile("[A-Z0-9-]{1,16}");

  public SearchCriteria {
    words = List.copyOf(words);
    organisations = Set.copyOf(organisations);
  }

  /**
   * Reads the query parameters as given; a bad one is refused with {@link IllegalArgumentException}
   * naming the parameter.
   *
   * @param from first London day (yyyy-mm-dd), or blank
   * @param to last London day, or blank
   * @param available "true", "false" or blank
   */
  public static SearchCriteria parse(
      String q, String subject, String provider, String from, String to, String mode, String available,
      Set<String> organisations, OffsetDateTime now) {
    OffsetDateTime utcNow = now.withOffsetSameInstant(ZoneOffset.UTC);
    List<String> words = words(q);
    String subjectCode = code("subject", subject, SUBJECT, "a framework subject code such as FIRE_SAFETY");
    String providerCode = code("provider", provider, ORGANISATION, "an organisation code such as NGH");
    LocalDate fromDay = day("from", from);
    LocalDate toDay = day("to", to);
    if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
      throw new IllegalArgumentException("to: the last day (" + toDay + ") is before the first (" + fromDay + ").");
    }
    OffsetDateTime startsFrom = utcNow;
    if (fromDay != null) {
      OffsetDateTime dayStart = fromDay.atStartOfDay(LondonTime.LONDON).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
      startsFrom = dayStart.isAfter(utcNow) ? dayStart : utcNow;
    }
    OffsetDateTime startsBefore = toDay == null
        ? null
        : toDay.plusDays(1).atStartOfDay(LondonTime.LONDON).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    return new SearchCriteria(words, subjectCode, providerCode, startsFrom, startsBefore, mode(mode), flag(available),
        organisations, utcNow);
  }

  /** Whether nothing can match (the days asked for are over, or only places for nobody). */
  public boolean matchesNothing() {
    return (startsBefore != null && !startsBefore.isAfter(startsFrom)) || (availableOnly && organisations.isEmpty());
  }

  private static List<String> words(String q) {
    if (q == null || q.isBlank()) {
      return List.of();
    }
    if (q.length() > QUERY_MAX) {
      throw new IllegalArgumentException("q: at most " + QUERY_MAX + " characters.");
    }
    List<String> words = new ArrayList<>(Arrays.stream(q.strip().toLowerCase(Locale.ROOT).split("\\s+"))
        .filter(w -> !w.isEmpty())
        .distinct()
        .collect(Collectors.toList()));
    if (words.size() > WORDS_MAX) {
      throw new IllegalArgumentException("q: at most " + WORDS_MAX + " words.");
    }
    return words;
  }

  private static String code(String field, String value, Pattern pattern, String example) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String code = value.strip().toUpperCase(Locale.ROOT);
    if (!pattern.matcher(code).matches()) {
      throw new IllegalArgumentException(field + ": \"" + value.strip() + "\" is not " + example + ".");
    }
    return code;
  }

  private static LocalDate day(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + ": \"" + value.strip() + "\" is not a date; write e.g. 2026-11-22.");
    }
  }

  private static DeliveryMode mode(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (DeliveryMode mode : DeliveryMode.values()) {
      if (mode.name().equals(name)) {
        return mode;
      }
    }
    throw new IllegalArgumentException("mode: \"" + value.strip() + "\" is not a delivery mode; one of "
        + Arrays.stream(DeliveryMode.values()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
  }

  private static boolean flag(String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("available: true or false, not \"" + value.strip() + "\".");
    };
  }
}
