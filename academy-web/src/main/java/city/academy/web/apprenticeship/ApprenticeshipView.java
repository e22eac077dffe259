package city.academy.web.apprenticeship;

import city.academy.catalogue.api.CellDto;
import city.academy.catalogue.api.CodeLabelDto;
import city.academy.catalogue.api.CountDto;
import city.academy.catalogue.api.MomentDto;
import city.academy.web.platform.DisplayDates;
import city.academy.web.platform.Words;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * How apprenticeship figures read on the portal: hours, pace and rates in words, a suppressed count
 * as "fewer than 5", and the status funnel as bars with their figures in words (the bar is a picture
 * of the figures; screen readers and the table beside it carry them).
 */
public final class ApprenticeshipView {
  /** What a suppressed equality count reads as (the service sends no number for it). */
  public static final String SUPPRESSED = "fewer than 5";
  /** The code of the answer every equality question offers. */
  public static final String PREFER_NOT_TO_SAY = "PREFER_NOT_TO_SAY";

  private ApprenticeshipView() {}

  /** One bar of a chart: a count, its share of the longest bar as a CSS width, and the bar in words. */
  public record Bar(String code, String label, long count, String width, String description) {}

  /** The bars of a funnel (or of any counts), scaled to the largest count. */
  public static List<Bar> bars(List<CountDto> counts, String things) {
    if (counts == null) {
      return List.of();
    }
    long most = counts.stream().mapToLong(CountDto::count).max().orElse(0);
    return counts.stream().map(c -> {
      String label = c.label() == null || c.label().isBlank() ? Words.humanise(c.code()) : c.label();
      return new Bar(c.code(), label, c.count(), width(c.count(), most), label + ": " + count(c.count(), things) + ".");
    }).toList();
  }

  /** "1 apprentice", "12 apprentices". */
  static String count(long n, String things) {
    String singular = things.endsWith("s") ? things.substring(0, things.length() - 1) : things;
    return String.format(Locale.UK, "%,d %s", n, n == 1 ? singular : things);
  }

  /** A share of the longest bar as a CSS width. */
  static String width(long part, long most) {
    if (most <= 0 || part <= 0) {
      return "0%";
    }
    return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / most);
  }

  /** Hours as people write them: "12", "7.5", "13,389.5"; "0" for none. */
  public static String hours(BigDecimal hours) {
    if (hours == null || hours.signum() == 0) {
      return "0";
    }
    java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(Locale.UK));
    return format.format(hours.setScale(2, RoundingMode.HALF_UP));
  }

  /** Whole hours (planned hours are whole). */
  public static String wholeHours(int hours) {
    return String.format(Locale.UK, "%,d", hours);
  }

  /** The pace in words: on track, behind, nothing due yet; an apprentice who has left is not counted. */
  public static String pace(String pace) {
    if (pace == null || pace.isBlank()) {
      return "Not counted (left the programme)";
    }
    return switch (pace) {
      case "ON_TRACK" -> "On track";
      case "BEHIND" -> "Behind";
      case "NOT_DUE" -> "Nothing due yet";
      default -> Words.humanise(pace);
    };
  }

  /** A CSS class for the pace, always shown with its words. */
  public static String paceClass(String pace) {
    return "pace-" + (pace == null || pace.isBlank() ? "NONE" : pace);
  }

  /** "62.5%"; "not yet" when there is no rate (nobody has left the programme). */
  public static String rate(Double rate) {
    if (rate == null) {
      return "not yet";
    }
    double percent = Math.round(rate * 1000) / 10.0;
    return (percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent)) + "%";
  }

  /** Where an achievement rate stands against the national accountability thresholds, in words; empty when none. */
  public static String achievementStanding(Double rate) {
    if (rate == null) {
      return "";
    }
    if (rate < 0.5) {
      return "at risk (under 50%)";
    }
    if (rate < 0.6) {
      return "needs improvement (50% to 60%)";
    }
    return "above the 60% threshold";
  }

  /** Where a withdrawal rate stands: above 20% is at risk; empty when none. */
  public static String withdrawalStanding(Double rate) {
    if (rate == null) {
      return "";
    }
    return rate > 0.2 ? "at risk (above 20%)" : "within the 20% threshold";
  }

  /** An equality count: the number, or "fewer than 5" when suppressed. */
  public static String cell(CellDto cell) {
    if (cell == null) {
      return "–";
    }
    if (cell.suppressed() || cell.value() == null) {
      return cell.suppressed() ? SUPPRESSED : "–";
    }
    return String.format(Locale.UK, "%,d", cell.value());
  }

  /** A moment in London, "22 Nov 2026, 14:05"; empty for none. */
  public static String moment(MomentDto moment) {
    return moment == null ? "" : DisplayDates.formatDateTime(moment.london() != null ? moment.london() : moment.utc());
  }

  /** The words of a code in a reference list; the code in words when the list does not have it. */
  public static String label(List<CodeLabelDto> list, String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    if (PREFER_NOT_TO_SAY.equals(code)) {
      return "Prefer not to say";
    }
    if (list != null) {
      for (CodeLabelDto c : list) {
        if (code.equals(c.code())) {
          return c.label();
        }
      }
    }
    return Words.humanise(code);
  }

  /** The reference list with "Prefer not to say" last (added when the service's list lacks it). */
  public static List<CodeLabelDto> withPreferNotToSay(List<CodeLabelDto> list) {
    List<CodeLabelDto> all = new java.util.ArrayList<>(list == null ? List.of() : list);
    if (all.stream().noneMatch(c -> PREFER_NOT_TO_SAY.equals(c.code()))) {
      all.add(new CodeLabelDto(PREFER_NOT_TO_SAY, "Prefer not to say"));
    }
    return List.copyOf(all);
  }

  /**
   * A date typed in a date field (yyyy-mm-dd), checked only for being a date: the service judges
   * whether it is allowed.
   *
   * @return the date as yyyy-mm-dd; null when blank
   * @throws IllegalArgumentException with words for the page when it is not a date
   */
  public static String isoDate(String text, String what) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip()).toString();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("“" + text.strip() + "” is not a date we can read. Pick " + what + " in the date field.");
    }
  }

  /**
   * A whole number typed in a number field; null when blank.
   *
   * @throws IllegalArgumentException with words for the page when it is not one
   */
  public static Integer whole(String text, String what) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(Words.humanise(what) + " is a whole number: “" + text.strip() + "” is not one.");
    }
  }

  /**
   * Hours typed in a number field ("7.5" or "7,5"); null when blank.
   *
   * @throws IllegalArgumentException with words for the page when they are not a number
   */
  public static BigDecimal decimalHours(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Hours are a number, such as 7.5: “" + text.strip() + "” is not one.");
    }
  }

  /** Blank text as null; the rest stripped. */
  public static String text(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Today in London, yyyy-mm-dd, for the date fields' max. */
  public static String today() {
    return LocalDate.now(DisplayDates.ZONE).toString();
  }
}
