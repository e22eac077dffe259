package city.academy.passport.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A requirement of a person's that has reached a reminder threshold (for the catalogue's expiry
 * reminders, never for people): the record that meets it expires on {@code expiresOn}, the first
 * day it no longer counts.
 *
 * @param recordId the training record that decides the requirement (a reminder is sent once per
 *     record and threshold)
 * @param threshold {@code DAYS_90}, {@code DAYS_30}, {@code DAYS_7} (expires within that many days)
 *     or {@code EXPIRED} (stopped counting): the tightest one reached
 * @param level the level the person's posts require
 * @param acceptedLevels every level of the subject that meets the requirement (for finding sessions)
 * @param organisations codes of the person's current employers
 * @param lineManagers passport identities of the person's current line managers
 */
public record ReminderDueDto(
    String personId,
    String personName,
    long recordId,
    String subject,
    String subjectName,
    String level,
    List<String> acceptedLevels,
    LocalDate expiresOn,
    String threshold,
    List<String> organisations,
    List<String> lineManagers) {}
