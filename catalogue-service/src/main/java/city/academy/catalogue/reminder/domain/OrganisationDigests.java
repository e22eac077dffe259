package city.academy.catalogue.reminder.domain;

import java.time.LocalDate;

/** The weekly organisation digests sent: one per person and week, ever (a primary key). */
public interface OrganisationDigests {
  boolean sent(String personId, LocalDate weekOf);

  void record(String personId, LocalDate weekOf, String organisationCode, long messageId);
}
