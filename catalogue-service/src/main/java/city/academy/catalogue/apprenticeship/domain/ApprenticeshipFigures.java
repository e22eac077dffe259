package city.academy.catalogue.apprenticeship.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the cohort and city reports, from the apprentices' rows (docs/apprenticeships.md,
 * "Reports"). Pure: the same rows and date give the same figures.
 */
public final class ApprenticeshipFigures {

  private ApprenticeshipFigures() {}

  /**
   * Headline figures of a group of apprentices.
   *
   * @param inLearning not on a break and not left
   * @param onTrack / behind: apprentices whose pace is on track / behind (those who finished or are
   *     not yet due are in neither)
   */
  public record Summary(String key, String label, long apprentices, long inLearning, long onBreak, long withdrawn, long achieved,
      long failed, int plannedOtjHours, BigDecimal expectedOtjHours, BigDecimal confirmedOtjHours, long onTrack, long behind,
      long overdueReviews) {

    /** achieved ÷ (achieved + failed + withdrawn); null when nobody has left. */
    public Double achievementRate() {
      long left = achieved + failed + withdrawn;
      return left == 0 ? null : (double) achieved / left;
    }

    /** withdrawn ÷ apprentices; null when there are none. */
    public Double withdrawalRate() {
      return apprentices == 0 ? null : (double) withdrawn / apprentices;
    }
  }

  /** A published count, hidden when suppressed. */
  public record Cell(long value, boolean suppressed) {}

  /** One answer's counts. */
  public record EqualityRow(EqualityCharacteristic.Answer answer, Cell apprentices, Cell withdrawn, Cell achieved) {}

  /** A question's table with its column totals. */
  public record EqualityTable(EqualityCharacteristic characteristic, List<EqualityRow> rows, long apprentices, long withdrawn,
      long achieved) {}

  public static Summary summarise(String key, String label, List<ApprenticeLine> lines, LocalDate asOf) {
    long inLearning = 0, onBreak = 0, withdrawn = 0, achieved = 0, failed = 0, onTrack = 0, behind = 0, overdue = 0;
    int planned = 0;
    BigDecimal expected = BigDecimal.ZERO;
    BigDecimal confirmed = BigDecimal.ZERO;
    for (ApprenticeLine line : lines) {
      ApprenticeStatus s = line.status();
      if (s.inLearning()) {
        inLearning++;
      }
      switch (s) {
        case BREAK_IN_LEARNING -> onBreak++;
        case WITHDRAWN -> withdrawn++;
        case ACHIEVED -> achieved++;
        case FAILED -> failed++;
        default -> { }
      }
      OtjPace pace = line.pace(asOf);
      planned += line.plannedOtjHours();
      expected = expected.add(pace.expectedToDate());
      confirmed = confirmed.add(pace.confirmedHours());
      if (pace.pace() == OtjPace.Pace.ON_TRACK) {
        onTrack++;
      } else if (pace.pace() == OtjPace.Pace.BEHIND) {
        behind++;
      }
      if (line.reviewOverdue(asOf)) {
        overdue++;
      }
    }
    return new Summary(key, label, lines.size(), inLearning, onBreak, withdrawn, achieved, failed, planned, expected, confirmed, onTrack,
        behind, overdue);
  }

  /** Apprentices by current status, every status in journey order (zeros included). */
  public static Map<ApprenticeStatus, Long> funnel(List<ApprenticeLine> lines) {
    Map<ApprenticeStatus, Long> counts = new EnumMap<>(ApprenticeStatus.class);
    for (ApprenticeStatus s : ApprenticeStatus.values()) {
      counts.put(s, 0L);
    }
    lines.forEach(l -> counts.merge(l.status(), 1L, Long::sum));
    return counts;
  }

  /** Withdrawn apprentices by reason (every reason, zeros included). */
  public static Map<WithdrawalReason, Long> withdrawals(List<ApprenticeLine> lines) {
    Map<WithdrawalReason, Long> counts = new EnumMap<>(WithdrawalReason.class);
    for (WithdrawalReason r : WithdrawalReason.values()) {
      counts.put(r, 0L);
    }
    lines.stream().filter(l -> l.status() == ApprenticeStatus.WITHDRAWN && l.withdrawalReason() != null)
        .forEach(l -> counts.merge(l.withdrawalReason(), 1L, Long::sum));
    return counts;
  }

  /** Achieved apprentices by grade (every grade, zeros included). */
  public static Map<Grade, Long> grades(List<ApprenticeLine> lines) {
    Map<Grade, Long> counts = new EnumMap<>(Grade.class);
    for (Grade g : Grade.values()) {
      counts.put(g, 0L);
    }
    lines.stream().filter(l -> l.status() == ApprenticeStatus.ACHIEVED && l.grade() != null).forEach(l -> counts.merge(l.grade(), 1L, Long::sum));
    return counts;
  }

  /** Every question's table, small numbers suppressed column by column ({@link SmallNumbers}). */
  public static List<EqualityTable> equality(List<ApprenticeLine> lines) {
    List<EqualityTable> tables = new ArrayList<>();
    for (EqualityCharacteristic question : EqualityCharacteristic.values()) {
      List<EqualityCharacteristic.Answer> answers = question.reportRows();
      long[] all = new long[answers.size()];
      long[] withdrawn = new long[answers.size()];
      long[] achieved = new long[answers.size()];
      for (ApprenticeLine line : lines) {
        String code = line.answer(question);
        int row = 0;
        while (row < answers.size() && !answers.get(row).code().equals(code)) {
          row++;
        }
        if (row == answers.size()) {
          row = answers.size() - 1; // an answer no longer offered counts as not declared
        }
        all[row]++;
        if (line.status() == ApprenticeStatus.WITHDRAWN) {
          withdrawn[row]++;
        } else if (line.status() == ApprenticeStatus.ACHIEVED) {
          achieved[row]++;
        }
      }
      boolean[] allHidden = SmallNumbers.suppress(all);
      boolean[] withdrawnHidden = SmallNumbers.suppress(withdrawn);
      boolean[] achievedHidden = SmallNumbers.suppress(achieved);
      List<EqualityRow> rows = new ArrayList<>();
      for (int i = 0; i < answers.size(); i++) {
        rows.add(new EqualityRow(answers.get(i), new Cell(all[i], allHidden[i]), new Cell(withdrawn[i], withdrawnHidden[i]),
            new Cell(achieved[i], achievedHidden[i])));
      }
      tables.add(new EqualityTable(question, rows, sum(all), sum(withdrawn), sum(achieved)));
    }
    return tables;
  }

  private static long sum(long[] values) {
    long total = 0;
    for (long v : values) {
      total += v;
    }
    return total;
  }
}
