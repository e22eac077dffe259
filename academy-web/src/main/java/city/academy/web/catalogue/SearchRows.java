package city.academy.web.catalogue;

import city.academy.catalogue.api.SessionDto;
import city.academy.catalogue.api.SessionSearchHitDto;
import city.academy.web.booking.BookingWords;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * How a search of sessions reads: a row per session found, and what the search form was given,
 * cleaned up for the catalogue (blank means "any").
 */
public final class SearchRows {
  /** The delivery modes, in the order the form offers them. */
  public static final List<String> MODES = List.of("CLASSROOM", "VIRTUAL", "E_LEARNING", "BLENDED");

  private SearchRows() {}

  /** One session found. */
  public record Row(long sessionId, long courseId, String course, String provider, String when, String mode, String places,
      boolean placeForYou) {}

  static Row row(SessionSearchHitDto hit, Collection<String> organisations) {
    SessionDto s = hit.session();
    return new Row(s.id(), s.courseId(), s.courseTitle(), s.providerCode(), BookingWords.when(s.startsAt(), s.endsAt()),
        hit.deliveryMode(), places(hit, organisations), hit.placeForYou());
  }

  /**
   * "3 of 20 places left: you can take one." when the catalogue says the person could have a place
   * now; otherwise what they could do, as the course page says it (booking may have closed).
   */
  static String places(SessionSearchHitDto hit, Collection<String> organisations) {
    SessionDto s = hit.session();
    int free = Math.max(0, s.freePlaces());
    String left = free + " of " + s.capacity() + (s.capacity() == 1 ? " place" : " places") + " left";
    if (hit.placeForYou()) {
      return left + ": you can take one.";
    }
    if (BookingWords.placesFor(s, organisations) > 0) {
      return left + ": booking has closed.";
    }
    return BookingWords.places(s, organisations);
  }

  /** The text, stripped; null when blank. */
  static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** A code as the catalogue spells it (upper case), or null when blank. */
  static String code(String text) {
    String clean = clean(text);
    return clean == null ? null : clean.toUpperCase(Locale.ROOT);
  }

  /** Whether a checkbox or flag in the address is ticked ("on", "true"). */
  static boolean ticked(String text) {
    String clean = clean(text);
    return "on".equalsIgnoreCase(clean) || "true".equalsIgnoreCase(clean);
  }
}
