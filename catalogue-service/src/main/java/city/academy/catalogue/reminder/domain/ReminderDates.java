package city.academy.catalogue.reminder.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the reminders say them: "Friday 1 January 2027". */
public final class ReminderDates {
  private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

  private ReminderDates() {}

  public static String spoken(LocalDate day) {
    return SPOKEN.format(day);
  }
}
