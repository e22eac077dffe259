package city.academy.web.apprenticeship;

import city.academy.catalogue.api.ApprenticeDto;
import city.academy.catalogue.api.OtjProgressDto;
import city.academy.catalogue.api.StatusChangeDto;
import city.academy.web.platform.DisplayDates;
import city.academy.web.platform.Words;
import java.util.List;

/** An apprentice's status, hours and reviews in one sentence each, as the record and the lists show them. */
public final class ApprenticeLines {

  private ApprenticeLines() {}

  /** "Active since 1 Sep 2026", "On a break in learning since 3 Mar 2027, planned return 1 May 2027", "Achieved since …, grade Merit". */
  public static String status(ApprenticeDto a) {
    String label = a.statusLabel() == null || a.statusLabel().isBlank() ? Words.humanise(a.status()) : a.statusLabel();
    StringBuilder line = new StringBuilder(label);
    if (a.statusSince() != null) {
      line.append(" since ").append(DisplayDates.format(a.statusSince()));
    }
    if (a.plannedReturn() != null && "BREAK_IN_LEARNING".equals(a.status())) {
      line.append(", planned return ").append(DisplayDates.format(a.plannedReturn()));
    }
    if (a.withdrawalReason() != null && "WITHDRAWN".equals(a.status())) {
      line.append(", reason: ").append(reasonLabel(a));
    }
    if (a.grade() != null && "ACHIEVED".equals(a.status())) {
      line.append(", grade ").append(Words.humanise(a.grade()));
    }
    return line.toString();
  }

  private static String reasonLabel(ApprenticeDto a) {
    List<StatusChangeDto> history = a.history() == null ? List.of() : a.history();
    for (int i = history.size() - 1; i >= 0; i--) {
      StatusChangeDto change = history.get(i);
      if (a.withdrawalReason().equals(change.reasonCode()) && change.reasonLabel() != null) {
        return change.reasonLabel().toLowerCase(java.util.Locale.UK);
      }
    }
    return Words.humanise(a.withdrawalReason()).toLowerCase(java.util.Locale.UK);
  }

  /**
   * "40 of 280 planned hours confirmed, 52.5 expected by now, 7.5 waiting to be confirmed: behind."
   */
  public static String pace(OtjProgressDto p) {
    if (p == null) {
      return "";
    }
    return ApprenticeshipView.hours(p.confirmedHours()) + " of " + ApprenticeshipView.wholeHours(p.plannedHours())
        + " planned hours confirmed, " + ApprenticeshipView.hours(p.expectedToDate()) + " expected by now, "
        + ApprenticeshipView.hours(p.pendingHours()) + " waiting to be confirmed: "
        + ApprenticeshipView.pace(p.pace()).toLowerCase(java.util.Locale.UK) + ".";
  }

  /** "Last review 3 Sep 2026; next due by 26 Nov 2026 (overdue)." or "No review yet; …". */
  public static String review(ApprenticeDto a) {
    String last = a.lastReviewOn() == null ? "No review yet" : "Last review " + DisplayDates.format(a.lastReviewOn());
    String next = a.reviewDueBy() == null ? "" : "; next due by " + DisplayDates.format(a.reviewDueBy());
    return last + next + (a.reviewOverdue() ? " — overdue." : ".");
  }
}
