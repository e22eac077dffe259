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

  private void tell(Booking booking, MessageKind kind, String subject, String text) {
    messages.leave(booking.personId(), kind, subject, text, booking.session().id(), booking.id());
  }

  private static String title(Session session) {
    return session.course().title();
  }

  private static String when(Session session) {
    return LondonTime.readable(session.startsAt());
  }

  private static String where(Session session) {
    if (session.venue() != null) {
      return "at " + session.venue();
    }
    return "online (" + session.onlineLink() + ")";
  }
}
