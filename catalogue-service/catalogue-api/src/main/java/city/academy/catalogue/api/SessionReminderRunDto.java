package city.academy.catalogue.api;

/**
 * What one run of the session reminders did ({@code POST /reminders/sessions/runs}).
 *
 * @param remindedThrough the London day (yyyy-mm-dd) whose sessions the run reminded, two days after
 *     today, with any earlier ones not yet reminded that have not started
 * @param bookingsDue confirmed bookings found due
 * @param bookingsReminded bookings this run reminded (one message and one email each)
 * @param bookingsSkipped due when found, but reminded by another run first, or cancelled, started or
 *     moved since
 * @param bookingsFailed not reminded because of an error; the next run tries again
 */
public record SessionReminderRunDto(String remindedThrough, int bookingsDue, int bookingsReminded, int bookingsSkipped, int bookingsFailed) {}
