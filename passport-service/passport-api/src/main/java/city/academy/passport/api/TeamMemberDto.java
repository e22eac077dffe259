package city.academy.passport.api;

import java.time.LocalDate;

/**
 * One of a line manager's team and how their passport stands.
 *
 * @param nextExpiry the soonest day one of their met requirements expires
 */
public record TeamMemberDto(
    String personId,
    String displayName,
    String jobRole,
    boolean compliant,
    int compliantCount,
    int expiringCount,
    int expiredCount,
    int missingCount,
    LocalDate nextExpiry) {}
