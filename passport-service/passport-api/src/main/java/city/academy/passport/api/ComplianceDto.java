package city.academy.passport.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Compliance of an organisation's staff, or of the whole city, on a day.
 *
 * @param scope an organisation code, or {@code CITY}
 * @param scopeName the organisation's name, or "The whole city"
 * @param asOf the day
 * @param expiringWindowDays how far ahead "expiring" looks
 * @param people people counted (with a current post in the scope)
 * @param compliantPeople people meeting every requirement of their posts in the scope
 * @param bySubject status counts per subject, over all people
 * @param byStaffGroup the same per staff group
 * @param byOrganisation one line per organisation (city scope only)
 */
public record ComplianceDto(
    String scope,
    String scopeName,
    LocalDate asOf,
    int expiringWindowDays,
    long people,
    long compliantPeople,
    List<Counts> bySubject,
    List<GroupCounts> byStaffGroup,
    List<OrganisationCounts> byOrganisation) {

  /** How many requirements of a subject are compliant, expiring, expired or missing. */
  public record Counts(String subject, String subjectName, long compliant, long expiring, long expired, long missing) {}

  /** A staff group's people and their counts per subject. */
  public record GroupCounts(String staffGroup, String staffGroupName, long people, long compliantPeople, List<Counts> bySubject) {}

  /** An organisation's people and how many are compliant. */
  public record OrganisationCounts(String code, String name, long people, long compliantPeople) {}
}
