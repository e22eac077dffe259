package city.academy.web.organisation;

import city.academy.passport.api.TransferCheckDto;
import city.academy.passport.api.TransferCheckDto.Item;
import city.academy.passport.api.TransferCheckDto.Outcome;
import city.academy.web.passport.TrafficLight;
import city.academy.web.platform.DisplayDates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/** A transfer check's answer in words: the summary sentence and one row per requirement. */
public final class TransferCheckView {

  private TransferCheckView() {}

  /** One requirement of the new post as the page shows it. */
  public record Row(
      String subjectName, String levelName, TrafficLight light, String outcomeText, String attestedBy, String hours) {}

  /** "3 of 7 requirements already met — about 4.5 hours of training they need not repeat". */
  public static String summary(TransferCheckDto check) {
    int total = check.items() == null ? 0 : check.items().size();
    return check.metCount() + " of " + total + (total == 1 ? " requirement" : " requirements")
        + " already met — about " + hours(check.hoursAvoided())
        + (isOne(check.hoursAvoided()) ? " hour" : " hours")
        + " of training they need not repeat";
  }

  /** Hours to at most one decimal place, without a trailing ".0": "4.5", "12", "0". */
  public static String hours(double hours) {
    BigDecimal rounded = BigDecimal.valueOf(Math.max(0, hours)).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
  }

  private static boolean isOne(double hours) {
    return "1".equals(hours(hours));
  }

  /** The outcome in words (never colour alone). */
  public static String outcomeText(Item item) {
    Outcome outcome = item.outcome();
    if (outcome == null) {
      return "To do before starting";
    }
    return switch (outcome) {
      case MET -> item.validUntil() == null ? "Met, does not expire" : "Met, valid until " + DisplayDates.format(item.validUntil());
      case EXPIRES_BEFORE_START ->
          item.validUntil() == null
              ? "Expires before the start date — refresh before starting"
              : "Expires before the start date — refresh by " + DisplayDates.format(item.validUntil());
      case MISSING -> "To do before starting";
    };
  }

  /** Green for met, amber for a refresher before starting, red for to do. */
  public static TrafficLight light(Outcome outcome) {
    if (outcome == null) {
      return TrafficLight.RED;
    }
    return switch (outcome) {
      case MET -> TrafficLight.GREEN;
      case EXPIRES_BEFORE_START -> TrafficLight.AMBER;
      case MISSING -> TrafficLight.RED;
    };
  }

  /** The rows, with the attesting organisation by name ({@code organisationName} maps a code). */
  public static List<Row> rows(TransferCheckDto check, Function<String, String> organisationName) {
    if (check.items() == null) {
      return List.of();
    }
    return check.items().stream()
        .map(
            item ->
                new Row(
                    item.subjectName() == null || item.subjectName().isBlank() ? item.subject() : item.subjectName(),
                    item.levelName() == null ? "" : item.levelName(),
                    light(item.outcome()),
                    outcomeText(item),
                    item.record() == null || item.record().attestedBy() == null
                        ? ""
                        : organisationName.apply(item.record().attestedBy()),
                    hours(item.typicalHours())))
        .toList();
  }
}
