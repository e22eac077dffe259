package city.academy.catalogue.api;

import java.util.List;

/**
 * Set up a cohort (academy admins).
 *
 * @param startDate yyyy-mm-dd
 * @param providerCode the organisation that delivers the training (its course providers confirm hours and record reviews)
 * @param employerCodes the organisations whose staff take part (at least one)
 */
public record CohortRequest(String name, Long programmeId, String providerCode, String startDate, String academyContact,
    List<String> employerCodes) {}
