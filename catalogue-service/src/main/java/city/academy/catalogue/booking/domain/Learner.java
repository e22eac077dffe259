package city.academy.catalogue.booking.domain;

/**
 * The person asking for a place, as their token (and, for approval, the passport) says.
 *
 * @param personId passport identity
 * @param displayName name for the provider's register
 * @param organisationCode the employer they book as
 * @param lineManagerPersonId passport identity of their line manager there, if known
 */
public record Learner(String personId, String displayName, String organisationCode, String lineManagerPersonId) {
  public Learner {
    if (personId == null || personId.isBlank()) {
      throw new IllegalArgumentException("Only a person can book a place.");
    }
    if (personId.length() > 16) {
      throw new IllegalArgumentException("A passport identity is at most 16 characters.");
    }
    if (organisationCode == null || organisationCode.isBlank()) {
      throw new IllegalArgumentException("You can book once you work for one of the partner organisations.");
    }
  }
}
