package city.academy.catalogue.message.application;

import city.academy.catalogue.message.domain.UndeliverableEmails;
import city.academy.platform.problem.Paging;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/** Emails refused because of the address, for the HR admins of the people's organisations (and academy admins). */
@ApplicationScoped
@Transactional
public class EmailProblems {

  @Inject UndeliverableEmails undeliverable;

  public List<UndeliverableEmails.Problem> ofOrganisation(String organisation, Caller caller, Paging paging) {
    return undeliverable.ofOrganisation(allowed(organisation, caller), paging);
  }

  public long peopleOf(String organisation, Caller caller) {
    return undeliverable.peopleOfOrganisation(allowed(organisation, caller));
  }

  /** For the weekly digest, whose reader the passport has just confirmed as the organisation's HR admin. */
  public long peopleOf(String organisation) {
    return undeliverable.peopleOfOrganisation(organisation);
  }

  private static String allowed(String organisation, Caller caller) {
    if (organisation == null || organisation.isBlank()) {
      throw ProblemException.badRequest("organisation: name the organisation, e.g. BWC.");
    }
    String code = organisation.strip().toUpperCase(Locale.ROOT);
    if (!caller.has(Role.ACADEMY_ADMIN) && !(caller.has(Role.HR_ADMIN) && caller.hrAdminOf().contains(code))) {
      throw ProblemException.forbidden("Only " + code + "'s HR admins see whose emails did not arrive.");
    }
    return code;
  }
}
