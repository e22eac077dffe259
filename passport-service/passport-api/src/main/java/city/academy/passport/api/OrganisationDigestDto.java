package city.academy.passport.api;

import java.util.List;

/**
 * What an HR admin's weekly digest of their organisation says (for the catalogue's digest job, never
 * for people directly): the organisation's compliance, and who has training that expires within
 * {@code expiringDays} days (soonest first, at most 500).
 */
public record OrganisationDigestDto(ComplianceDto compliance, int expiringDays, List<ExpiringDto> expiringSoon) {}
