package city.academy.catalogue.reminder.application;

import city.academy.catalogue.booking.domain.LondonTime;
import city.academy.catalogue.reminder.domain.BookableSessions;
import city.academy.catalogue.reminder.domain.DueRequirement;
import city.academy.catalogue.reminder.domain.ExpiryReminder;
import city.academy.catalogue.reminder.domain.OrganisationFigures;
import city.academy.catalogue.reminder.domain.ReminderDates;
import city.academy.catalogue.reminder.domain.ReminderThreshold;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the reminders say: plain language, UK English, one requirement per paragraph, each with the
 * sessions the person could book (a line "- what: address" becomes a link in the email).
 */
final class ReminderTexts {
  /** Lines in one team digest; the rest are counted and left to the team page. */
  static final int DIGEST_LINES = 60;

  private ReminderTexts() {}

  record Text(String subject, String body) {}

  static Text forPerson(List<DueRequirement> lines, Map<String, List<BookableSessions.Offer>> offers, LocalDate day, String portal) {
    String subject = lines.size() == 1
        ? subjectLine(lines.get(0), day)
        : "Reminder: " + lines.size() + " parts of your mandatory training need renewing";
    StringBuilder body = new StringBuilder(lines.size() == 1
        ? "This is a reminder about your mandatory training."
        : "This is a reminder about " + lines.size() + " parts of your mandatory training.");
    for (DueRequirement line : lines) {
      body.append("\n\n").append(line.subjectName()).append(" (level ").append(line.level()).append("): your training ")
          .append(ReminderThreshold.standing(line.expiresOn(), day)).append('.');
      List<BookableSessions.Offer> sessions = offers.getOrDefault(line.key(), List.of());
      body.append(sessions.isEmpty()
          ? "\nNo session you can book is open at the moment. Look again in Find training:"
          : "\nSessions you can book:");
      for (BookableSessions.Offer offer : sessions) {
        body.append("\n- ").append(offer.courseTitle()).append(", ").append(LondonTime.readable(offer.startsAt())).append(", ")
            .append(offer.where()).append(": ").append(portal).append("/course.xhtml?id=").append(offer.courseId());
      }
      body.append("\n- Every session for ").append(line.subjectName()).append(": ").append(portal)
          .append("/catalogue.xhtml?search=1&subject=").append(URLEncoder.encode(line.subject(), StandardCharsets.UTF_8))
          .append("&available=on");
    }
    body.append("\n\nIf you have already done this training with another employer, it may count: ask your HR team to add it to"
        + " your training passport, and you will not be reminded about it again.");
    return new Text(subject, body.toString());
  }

  private static String subjectLine(DueRequirement line, LocalDate day) {
    return line.threshold() == ReminderThreshold.EXPIRED
        ? "Your " + line.subjectName() + " training has expired"
        : "Reminder: your " + line.subjectName() + " training expires in "
            + days(java.time.temporal.ChronoUnit.DAYS.between(day, line.expiresOn()));
  }

  static Text forManager(List<ExpiryReminder> reminders, LocalDate day, String portal) {
    String subject = "Your team's mandatory training: " + (reminders.size() == 1 ? "1 reminder" : reminders.size() + " reminders")
        + " sent " + (reminders.stream().allMatch(r -> r.remindedOn().equals(day)) ? "today" : "recently");
    StringBuilder body = new StringBuilder("These people in your team have been reminded that their mandatory training is running out"
        + " or has run out:\n");
    reminders.stream().limit(DIGEST_LINES).forEach(r -> body.append("\n- ").append(r.personName()).append(", ").append(r.subjectName())
        .append(": ").append(ReminderThreshold.standing(r.expiresOn(), day)));
    if (reminders.size() > DIGEST_LINES) {
      body.append("\n- and ").append(reminders.size() - DIGEST_LINES).append(" more");
    }
    body.append("\n\nThey can book sessions in Find training.\nSee your team's training in the portal: ")
        .append(portal).append("/team.xhtml");
    return new Text(subject, body.toString());
  }

  static Text forOrganisation(OrganisationFigures f, long undeliverable, String portal) {
    String subject = "Weekly mandatory training digest: " + f.name();
    StringBuilder body = new StringBuilder("Mandatory training at ").append(f.name()).append(" on ")
        .append(ReminderDates.spoken(f.asOf())).append(": ").append(f.compliantPeople()).append(" of ").append(f.people())
        .append(f.people() == 1 ? " person has" : " people have").append(" all their mandatory training up to date.");
    if (!f.subjects().isEmpty()) {
      body.append("\n\nExpired or missing, by subject:");
      f.subjects().forEach(s -> body.append("\n- ").append(s.subjectName()).append(": ").append(s.expired()).append(" expired, ")
          .append(s.missing()).append(" missing"));
    }
    body.append("\n\n").append(f.expiringSoon().isEmpty()
        ? "Nobody's training stops counting in the next " + f.expiringDays() + " days."
        : "Training that stops counting in the next " + f.expiringDays() + " days (each person has been reminded):");
    f.expiringSoon().stream().limit(DIGEST_LINES).forEach(e -> body.append("\n- ").append(e.personName()).append(", ")
        .append(e.subjectName()).append(": ").append(ReminderThreshold.standing(e.expiresOn(), f.asOf())));
    if (f.expiringSoon().size() > DIGEST_LINES) {
      body.append("\n- and ").append(f.expiringSoon().size() - DIGEST_LINES).append(" more");
    }
    if (undeliverable > 0) {
      body.append("\n\n").append(undeliverable == 1 ? "1 person's email address does not work" : undeliverable + " people's email addresses do not work")
          .append(", so they miss these reminders.\n- See who, and why: ").append(portal)
          .append("/organisation/email-problems.xhtml?org=").append(f.code());
    }
    body.append("\n\nSee the details in the portal: ").append(portal).append("/organisation/compliance.xhtml?org=").append(f.code());
    return new Text(subject, body.toString());
  }

  private static String days(long days) {
    return days == 1 ? "1 day" : days + " days";
  }
}
