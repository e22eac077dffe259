package city.academy.catalogue.booking.application;

import java.util.Optional;

/**
 * Who approves the signed-in person's bookings: their line manager in the post they book from.
 * The passport service owns employments; see docs/adr/0006-line-manager-for-approvals.md.
 */
public interface LineManagers {

  /**
   * @param organisationCode the employer the person books as
   * @return the line manager's passport identity, or empty when none is recorded
   */
  Optional<String> ofSignedInPerson(String organisationCode);
}
