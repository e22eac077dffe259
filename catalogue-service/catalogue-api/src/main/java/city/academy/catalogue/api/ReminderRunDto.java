package city.academy.catalogue.api;

import java.time.LocalDate;

/**
 * A run of a reminder job.
 *
 * @param people people reminded in this run
 * @param reminders reminders sent (one per record and threshold)
 * @param digests team digests left for line managers
 */
public record ReminderRunDto(LocalDate day, int people, int reminders, int digests, long millis) {}
