package city.academy.passport.records.domain;

/**
 * An entry was corrected or revoked: what was said of it no longer stands. Fired (as a CDI event,
 * in the same transaction) so that anything built on the entry, such as a signed passport
 * credential asserting it, can withdraw.
 *
 * @param recordId the entry superseded
 * @param revoked true for a revocation, false for a correction
 */
public record RecordSuperseded(long recordId, boolean revoked) {}
