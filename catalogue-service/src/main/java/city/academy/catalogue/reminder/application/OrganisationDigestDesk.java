package city.academy.catalogue.reminder.application;

import city.academy.catalogue.message.application.EmailProblems;
import city.academy.catalogue.message.application.Messages;
import city.academy.catalogue.message.domain.Message;
import city.academy.catalogue.message.domain.MessageKind;
import city.academy.catalogue.reminder.domain.OrganisationDigests;
import city.academy.catalogue.reminder.domain.OrganisationFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** One digest in its own transaction: the message and the record that it went, together. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OrganisationDigestDesk {
  @Inject OrganisationDigests digests;
  @Inject Messages messages;
  @Inject EmailProblems problems;

  public boolean sent(String personId, LocalDate week) {
    return digests.sent(personId, week);
  }

  public void leave(String personId, LocalDate week, OrganisationFigures figures, String portal) {
    ReminderTexts.Text text = ReminderTexts.forOrganisation(figures, problems.peopleOf(figures.code()), portal);
    Message message = messages.leave(personId, MessageKind.ORGANISATION_DIGEST, text.subject(), text.body(), null, null);
    digests.record(personId, week, figures.code(), message.id());
  }
}
