package city.academy.passport.api;

import java.time.OffsetDateTime;

/**
 * An import of training records from a partner's file, and how far it has gone.
 *
 * @param id number, to follow it by
 * @param format NATIONAL_HR, GENERIC or SOCIAL_CARE
 * @param formatLabel the format in words
 * @param organisationCode whose staff the file is for; null for an academy admin's city-wide file
 * @param fileName the name the file was uploaded with
 * @param sizeBytes the file's size
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 * @param status QUEUED, RUNNING, COMPLETED, REFUSED (the whole file, nothing imported) or INTERRUPTED (resumable)
 * @param startedAt when reading began, or null
 * @param finishedAt when it completed or was refused, or null
 * @param rowsRead rows settled so far (imported + duplicate + rejected)
 * @param rowsImported records added
 * @param rowsDuplicate rows whose record was already there (or earlier in the file)
 * @param rowsRejected rows not imported, each with its reason in the report
 * @param checkpointLine the last line of the file settled; an interrupted import resumes after it
 * @param message why the file was refused or the import interrupted, or null
 */
public record ImportJobDto(
    long id, String format, String formatLabel, String organisationCode, String fileName, long sizeBytes, String uploadedBy,
    OffsetDateTime uploadedAt, String status, OffsetDateTime startedAt, OffsetDateTime finishedAt, long rowsRead,
    long rowsImported, long rowsDuplicate, long rowsRejected, long checkpointLine, String message) {}
