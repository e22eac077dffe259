package city.academy.city;

import java.time.LocalDate;

/**
 * A training record of a framework subject at a level.
 *
 * @param subject framework subject code
 * @param level level code of the requirement rule
 * @param completedOn never after the generator's "as of" date
 * @param expiresOn {@code completedOn.plusMonths(refresherMonths)}, or {@code null} when the level
 *     never expires
 * @param source {@code IMPORT}, {@code CATALOGUE} or {@code MANUAL}
 * @param attestedByOrganisationCode organisation that delivered or attested it (usually the
 *     employer)
 */
public record GeneratedRecord(
    String subject,
    String level,
    LocalDate completedOn,
    LocalDate expiresOn,
    String source,
    String attestedByOrganisationCode) {}
