package city.academy.catalogue.booking.application;

import city.academy.catalogue.booking.domain.Booking;
import city.academy.catalogue.booking.domain.BookingStatus;
import city.academy.catalogue.booking.domain.Canceller;
import city.academy.catalogue.booking.domain.LondonTime;
import city.academy.catalogue.booking.domain.Session;
import city.academy.catalogue.message.application.Messages;
import city.academy.catalogue.message.domain.MessageKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Collection;

/** What people are told when their bookings change, in words they read in the portal. */
@ApplicationScoped
public class Notices {

  private Messages messages;

  protected Notices() {}

  @Inject
  public Notices(Messages messages) {
    this.messages = messages;
  }

  /** After a request, an approval or a promotion: tell the learner where they stand. */
  void outcome(Booking booking, boolean afterApproval) {
    Session session = booking.session();
    String approved = afterApproval ? "Your line manager approved your request. " : "";
    switch (booking.status()) {
      case CONFIRMED -> tell(booking, MessageKind.BOOKING_CONFIRMED, "Place confirmed: " + title(session),
          approved + "Your place on " + title(session) + " on " + when(session) + " " + where(session) + " is confirmed.");
      case WAITLISTED -> tell(booking, afterApproval ? MessageKind.APPROVED : MessageKind.WAITLISTED, "On the waitlist: " + title(session),
          approved + title(session) + " on " + when(session)
              + " has no place free for you just now, so you are on the waitlist. You will get a place automatically, in order of asking, if one comes free.");
      case AWAITING_APPROVAL -> {
        tell(booking, MessageKind.AWAITING_APPROVAL, "Waiting for approval: " + title(session),
            "Your request for " + title(session) + " on " + when(session)
                + " needs your line manager's approval. You will hear as soon as they decide.");
        messages.leave(booking.lineManagerPersonId(), MessageKind.APPROVAL_NEEDED, "Approval needed: " + booking.displayName(),
            booking.displayName() + " asks to attend " + title(session) + " on " + when(session)
                + ". Approve or refuse the request under Approvals.",
            session.id(), booking.id());
      }
      default -> {
        // refusals and cancellations have their own notices
      }
    }
  }

  void refused(Booking booking) {
    Session session = booking.session();
    tell(booking, MessageKind.REFUSED, "Not approved: " + title(session),
        "Your line manager did not approve your request for " + title(session) + " on " + when(session) + "."
            + (booking.note() == null ? "" : " Their note: " + booking.note()));
  }

  void promoted(Collection<Booking> promoted) {
    for (Booking booking : promoted) {
      Session session = booking.session();
      tell(booking, MessageKind.PROMOTED, "A place came free: " + title(session),
          "A place came free on " + title(session) + " on " + when(session) + " " + where(session)
              + ", and it is yours: your booking is confirmed. If you cannot come, please cancel so the next person can have it.");
    }
  }

  void cancelled(Booking booking) {
    Session session = booking.session();
    boolean byProvider = booking.cancelledBy() == Canceller.PROVIDER;
    tell(booking, MessageKind.BOOKING_CANCELLED, "Booking cancelled: " + title(session),
        "Your booking on " + title(session) + " on " + when(session) + " is cancelled"
            + (byProvider ? " by the provider, " + session.ownerOrganisationCode() : "") + "."
            + (byProvider && booking.note() != null ? " Reason: " + booking.note() : ""));
  }

  void sessionCancelled(Session session, Collection<Booking> bookings) {
    for (Booking booking : bookings) {
      tell(booking, MessageKind.SESSION_CANCELLED, "Session cancelled: " + title(session),
          title(session) + " on " + when(session) + " has been cancelled by " + session.ownerOrganisationCode()
              + ", so your booking is cancelled."
              + (session.cancellationReason() == null ? "" : " Reason: " + session.cancellationReason()));
    }
  }

  void sessionChanged(Session session, Collection<Booking> bookings) {
    for (Booking booking : bookings) {
      if (booking.status() == BookingStatus.CONFIRMED || booking.status() == BookingStatus.WAITLISTED
          || booking.status() == BookingStatus.AWAITING_APPROVAL) {
        tell(booking, MessageKind.SESSION_CHANGED, "Session changed: " + title(session),
            title(session) + " has changed: it is now on " + when(session) + " " + where(session) + ".");
      }
    }
  }

  /**
   * Two days before: what, when and where, and how to cancel if they cannot come (on their
   * bookings page until the cancellation cut-off; after it, by telling the provider).
   *
   * @param bookingsPage the portal's bookings page, e.g. {@code https://academy.example/bookings.xhtml}
   */
  void reminder(Booking booking, String bookingsPage, OffsetDateTime now) {
    Session session = booking.session();
    StringBuilder text = new StringBuilder("This is a reminder that you have a place on ").append(title(session)).append(".\n\n")
        .append("When: ").append(span(session)).append(" (London time).\n");
    if (session.venue() != null) {
      text.append("Where: ").append(session.venue()).append(".\n");
    }
    if (session.onlineLink() != null) {
      text.append(session.venue() == null ? "Where: online. Join here: " : "You can also join online: ").append(session.onlineLink()).append("\n");
    }
    if (session.trainer() != null) {
      text.append("Trainer: ").append(session.trainer()).append(".\n");
    }
    text.append("\n");
    if (session.cancellationCutoffAt().isAfter(now)) {
      text.append("If you cannot come, please cancel your place by ").append(LondonTime.readable(session.cancellationCutoffAt()))
          .append(" so that someone else can have it. You can cancel it on your bookings page: ").append(bookingsPage);
    } else {
      text.append("If you cannot come, please tell the course provider, ").append(session.ownerOrganisationCode())
          .append(", as soon as you can: cancelling online closed on ").append(LondonTime.readable(session.cancellationCutoffAt()))
          .append(". Your bookings: ").append(bookingsPage);
    }
    tell(booking, MessageKind.SESSION_REMINDER, "Reminder: " + title(session) + " on " + when(session), text.toString());
  }

  private void tell(Booking booking, MessageKind kind, String subject, String text) {
    messages.leave(booking.personId(), kind, subject, text, booking.session().id(), booking.id());
  }

  private static String title(Session session) {
    return session.course().title();
  }

  private static String when(Session session) {
    return LondonTime.readable(session.startsAt());
  }

  /** "Thu 3 Dec 2026, 09:30 to 11:30", or to another day's time when it ends on another day. */
  private static String span(Session session) {
    var starts = session.startsAt().atZoneSameInstant(LondonTime.LONDON);
    var ends = session.endsAt().atZoneSameInstant(LondonTime.LONDON);
    return LondonTime.readable(session.startsAt()) + " to "
        + (starts.toLocalDate().equals(ends.toLocalDate()) ? ends.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")) : LondonTime.readable(session.endsAt()));
  }

  private static String where(Session session) {
    if (session.venue() != null) {
      return "at " + session.venue();
    }
    return "online (" + session.onlineLink() + ")";
  }
}
