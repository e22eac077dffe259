package city.academy.catalogue.message.domain;

/** What a message is about, and which of a person's email preferences decides whether it is emailed. */
public enum MessageKind {
  BOOKING_CONFIRMED(EmailChoice.BOOKING_UPDATES),
  WAITLISTED(EmailChoice.BOOKING_UPDATES),
  PROMOTED(EmailChoice.BOOKING_UPDATES),
  APPROVAL_NEEDED(EmailChoice.ALWAYS),
  AWAITING_APPROVAL(EmailChoice.BOOKING_UPDATES),
  APPROVED(EmailChoice.BOOKING_UPDATES),
  REFUSED(EmailChoice.BOOKING_UPDATES),
  BOOKING_CANCELLED(EmailChoice.BOOKING_UPDATES),
  SESSION_CANCELLED(EmailChoice.ALWAYS),
  SESSION_CHANGED(EmailChoice.ALWAYS),
  EXPIRY_REMINDER(EmailChoice.EXPIRY_REMINDERS),
  TEAM_DIGEST(EmailChoice.TEAM_DIGEST),
  ORGANISATION_DIGEST(EmailChoice.ALWAYS),
  SESSION_REMINDER(EmailChoice.SESSION_REMINDERS);

  /**
   * Which preference governs the email of a kind of message (the message itself is always left in
   * the portal). {@code ALWAYS}: things a person must know or act on (a session moved or cancelled,
   * an approval waiting, a digest they asked for); {@code EXPIRY_REMINDERS} can be reduced, never
   * switched off.
   */
  public enum EmailChoice { ALWAYS, BOOKING_UPDATES, SESSION_REMINDERS, EXPIRY_REMINDERS, TEAM_DIGEST }

  private final EmailChoice choice;

  MessageKind(EmailChoice choice) {
    this.choice = choice;
  }

  public EmailChoice emailChoice() {
    return choice;
  }
}
