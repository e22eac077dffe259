package city.academy.web.framework;

import java.math.BigDecimal;

/** Refresher periods and hours in words: 36 months is "3 years", 18 is "1 year 6 months". */
public final class RefresherPeriods {

  private RefresherPeriods() {}

  public static String describe(Integer months) {
    if (months == null) {
      return "Does not expire";
    }
    if (months <= 0) {
      return "Every time";
    }
    int years = months / 12;
    int rest = months % 12;
    StringBuilder text = new StringBuilder();
    if (years > 0) {
      text.append(years).append(years == 1 ? " year" : " years");
    }
    if (rest > 0) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(rest).append(rest == 1 ? " month" : " months");
    }
    return text.toString();
  }

  /** "1.5 hours", "1 hour", "0.5 hours". */
  public static String hours(double hours) {
    String number = BigDecimal.valueOf(hours).stripTrailingZeros().toPlainString();
    return number + (hours == 1.0 ? " hour" : " hours");
  }
}
