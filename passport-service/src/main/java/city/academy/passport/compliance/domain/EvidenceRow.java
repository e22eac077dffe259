package city.academy.passport.compliance.domain;

import city.academy.passport.records.domain.Evidence;
import java.time.LocalDate;

/** A training record read in bulk: only what the passport needs. */
public record EvidenceRow(
    Long id, String subjectCode, String levelCode, LocalDate completedOn, LocalDate expiresOn, boolean isRevocation, Long supersededId)
    implements Evidence {}
