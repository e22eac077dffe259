package city.academy.catalogue.message.domain;

import city.academy.platform.problem.Paging;
import java.time.OffsetDateTime;
import java.util.List;

/** Emails that could not be delivered because of the address, as an organisation's HR admins see them. */
public interface UndeliverableEmails {

  /** One person and address whose emails were refused: the latest reason and how many. */
  record Problem(String personId, String personName, String address, String reason, OffsetDateTime lastRefusedAt, long emails) {}

  UndeliverableEmail add(UndeliverableEmail refused);

  /** An organisation's people whose emails were refused, latest first. */
  List<Problem> ofOrganisation(String organisationCode, Paging paging);

  /** How many people of the organisation had an email refused. */
  long peopleOfOrganisation(String organisationCode);
}
