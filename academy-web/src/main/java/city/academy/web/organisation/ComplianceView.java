package city.academy.web.organisation;

import city.academy.passport.api.ComplianceDto;
import city.academy.passport.api.ComplianceDto.Counts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** An organisation's compliance in words and bars: the headline, percentages, bar segment widths. */
public final class ComplianceView {

  private ComplianceView() {}

  /**
   * One part of a stacked bar.
   *
   * @param styleClass {@code bar-COMPLIANT}
   * @param words the status in words ("compliant")
   * @param count how many requirements
   * @param width the CSS width ("37.5%")
   */
  public record Segment(String styleClass, String words, long count, String width) {}

  /** A subject's counts with its bar and the bar's text equivalent. */
  public record SubjectRow(Counts counts, List<Segment> segments, String description) {}

  /** The statuses a count can be drilled into. */
  public static final List<String> STATUSES = List.of("COMPLIANT", "EXPIRING", "EXPIRED", "MISSING");

  /** "expired" for {@code EXPIRED}. */
  public static String statusWords(String status) {
    return switch (status == null ? "" : status) {
      case "COMPLIANT" -> "up to date";
      case "EXPIRING" -> "expiring soon";
      case "EXPIRED" -> "expired";
      case "MISSING" -> "missing";
      default -> "";
    };
  }

  /** Whole per cent, rounded down so that nobody is shown as 100% until everyone is; 0 for nobody. */
  public static int percent(long part, long whole) {
    if (whole <= 0 || part <= 0) {
      return 0;
    }
    return (int) Math.min(100, part * 100 / whole);
  }

  /** "12 of 40 staff meet every requirement (30%)". */
  public static String headline(ComplianceDto compliance) {
    return compliance.compliantPeople() + " of " + compliance.people()
        + (compliance.people() == 1 ? " member of staff meets" : " staff meet")
        + " every requirement (" + percent(compliance.compliantPeople(), compliance.people()) + "%)";
  }

  /** The bar's segments in a fixed order, leaving out statuses nobody has. */
  public static List<Segment> segments(Counts c) {
    long total = c.compliant() + c.expiring() + c.expired() + c.missing();
    List<Segment> segments = new ArrayList<>();
    add(segments, "COMPLIANT", "compliant", c.compliant(), total);
    add(segments, "EXPIRING", "expiring", c.expiring(), total);
    add(segments, "EXPIRED", "expired", c.expired(), total);
    add(segments, "MISSING", "missing", c.missing(), total);
    return segments;
  }

  private static void add(List<Segment> segments, String status, String words, long count, long total) {
    if (count <= 0 || total <= 0) {
      return;
    }
    String width =
        BigDecimal.valueOf(count * 100)
                .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString()
            + "%";
    segments.add(new Segment("bar-" + status, words, count, width));
  }

  /** "Fire Safety: 30 compliant, 2 expiring, 1 expired, 5 missing". */
  public static String description(Counts c) {
    return (c.subjectName() == null ? c.subject() : c.subjectName()) + ": " + c.compliant() + " compliant, "
        + c.expiring() + " expiring, " + c.expired() + " expired, " + c.missing() + " missing";
  }

  public static List<SubjectRow> subjectRows(List<Counts> counts) {
    if (counts == null) {
      return List.of();
    }
    return counts.stream().map(c -> new SubjectRow(c, segments(c), description(c))).toList();
  }
}
