package city.academy.catalogue.reminder.domain;

import java.util.Optional;

/** Where an organisation's figures for a weekly digest come from (the passport). */
public interface OrganisationFiguresSource {
  /**
   * @return the figures, or empty when the person is no longer the organisation's HR admin
   * @throws IllegalStateException when the source cannot answer now
   */
  Optional<OrganisationFigures> forHrAdmin(String organisationCode, String personId);
}
