package city.academy.city;

import java.time.LocalDate;
import java.util.List;

/**
 * A group of apprentices who start one programme together with one training provider.
 *
 * @param name e.g. {@code Data Analyst L4 — January 2026}
 * @param standardCode the programme's standard
 * @param providerCode the organisation of the city that provides the training
 * @param startDate the cohort's start (no later than the city's "as of" date)
 * @param academyContact who at the academy looks after the cohort, a plain name
 * @param employerCodes the apprentices' employers, each once, in order of first appearance
 * @param apprentices in order
 */
public record PlannedCohort(
    String name,
    String standardCode,
    String providerCode,
    LocalDate startDate,
    String academyContact,
    List<String> employerCodes,
    List<PlannedApprentice> apprentices) {

  public PlannedCohort {
    employerCodes = List.copyOf(employerCodes);
    apprentices = List.copyOf(apprentices);
  }
}
