package city.academy.catalogue.booking.api;

import city.academy.catalogue.api.BookingDto;
import city.academy.catalogue.api.MomentDto;
import city.academy.catalogue.api.SessionDto;
import city.academy.catalogue.booking.domain.Booking;
import city.academy.catalogue.booking.domain.BookingStatus;
import city.academy.catalogue.booking.domain.LondonTime;
import city.academy.catalogue.booking.domain.Session;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.ToIntFunction;

/** Sessions and bookings as they travel. */
public final class BookingMapper {
  private BookingMapper() {}

  public static MomentDto moment(OffsetDateTime moment) {
    return moment == null ? null : new MomentDto(LondonTime.utc(moment), LondonTime.inLondon(moment));
  }

  public static SessionDto toDto(Session s) {
    return new SessionDto(
        s.id(), s.course().id(), s.course().title(), s.ownerOrganisationCode(), moment(s.startsAt()), moment(s.endsAt()),
        s.venue(), s.onlineLink(), s.trainer(), s.capacity(), s.reservedPlaces(), s.partnerPlaces(), moment(s.releaseAt()),
        s.placesOpenToEveryone(OffsetDateTime.now(ZoneOffset.UTC)), moment(s.bookingCutoffAt()), moment(s.cancellationCutoffAt()), s.approvalNeeded(), s.status().name(),
        s.cancellationReason(), s.confirmed(), s.ownerConfirmed(), s.partnerConfirmed(), s.waitlisted(), s.freePlaces());
  }

  /** @param waitlistPosition where a waitlisted booking stands in the queue */
  public static BookingDto toDto(Booking b, ToIntFunction<Booking> waitlistPosition) {
    Session s = b.session();
    return new BookingDto(
        b.id(), s.id(), s.course().id(), s.course().title(), s.ownerOrganisationCode(), moment(s.startsAt()), moment(s.endsAt()),
        b.personId(), b.displayName(), b.organisationCode(), b.partner(), b.status().name(),
        b.status() == BookingStatus.WAITLISTED ? Integer.valueOf(waitlistPosition.applyAsInt(b)) : null,
        b.lineManagerPersonId(), b.attendance() == null ? null : b.attendance().name(), moment(b.requestedAt()),
        moment(b.decidedAt()), b.cancelledBy() == null ? null : b.cancelledBy().name(), b.note());
  }
}
