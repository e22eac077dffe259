package city.academy.passport.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One entry of a person's training history, as it was recorded.
 *
 * @param id the entry's number
 * @param subject framework subject code, or null for CPD
 * @param level framework level code, or null for CPD
 * @param courseTitle course title (CPD, or the course behind a framework record)
 * @param completedOn day the training was completed
 * @param expiresOn first day it is no longer valid; null if it never expires
 * @param source CATALOGUE, IMPORT, MANUAL or STATEMENT
 * @param attestedBy code of the organisation that delivered or attested it
 * @param enteredBy who entered it
 * @param enteredAt when it was entered
 * @param kind ENTRY, CORRECTION or REVOCATION
 * @param supersedes the entry this one corrects or revokes
 * @param reason why a correction or revocation was made
 * @param evidenceReference the evidence behind a manual record
 */
public record TrainingRecordDto(
    long id,
    String subject,
    String level,
    String courseTitle,
    LocalDate completedOn,
    LocalDate expiresOn,
    String source,
    String attestedBy,
    String enteredBy,
    OffsetDateTime enteredAt,
    String kind,
    Long supersedes,
    String reason,
    String evidenceReference) {}
