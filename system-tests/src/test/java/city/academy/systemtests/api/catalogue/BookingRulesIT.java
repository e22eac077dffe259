package city.academy.systemtests.api.catalogue;

import static city.academy.systemtests.api.catalogue.Sessions.API;
import static city.academy.systemtests.api.catalogue.Sessions.assertProblem;
import static city.academy.systemtests.api.catalogue.Sessions.id;
import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import city.academy.systemtests.Tokens;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Booking a place: confirmed, waitlisted, promoted; for yourself only; closed sessions; messages. */
@ExtendWith(PlatformExtension.class)
class BookingRulesIT {

  @Test
  void partnersTakeThePlacesOpenToThemAndAFreedPlaceGoesToTheFirstPersonWhoMayTakeIt() {
    String provider = People.providerOf("NGH");
    long session = Sessions.scheduled(provider, Sessions.courseOf("NGH"), Sessions.plan(7, 3, 2));
    String partner1 = People.staffOf("BWC");
    String partner2 = People.staffOf("BWC");
    String nurse1 = People.staffOf("NGH");
    String nurse2 = People.staffOf("NGH");
    String nurse3 = People.staffOf("NGH");

    JsonObject p1 = Sessions.booked(partner1, session);
    assertThat(p1.getString("status")).isEqualTo("CONFIRMED");
    assertThat(p1.getBoolean("partnerPlace")).isTrue();
    assertThat(p1.getString("organisationCode")).isEqualTo("BWC");
    JsonObject p2 = Sessions.booked(partner2, session);
    assertThat(p2.getString("status")).as("the one partner place is taken, though the session is not full").isEqualTo("WAITLISTED");
    assertThat(p2.getInt("waitlistPosition")).isEqualTo(1);
    JsonObject n1 = Sessions.booked(nurse1, session);
    assertThat(n1.getString("status")).isEqualTo("CONFIRMED");
    assertThat(n1.getBoolean("partnerPlace")).isFalse();
    assertThat(Sessions.booked(nurse2, session).getString("status")).isEqualTo("CONFIRMED");
    JsonObject n3 = Sessions.booked(nurse3, session);
    assertThat(n3.getString("status")).isEqualTo("WAITLISTED");
    assertThat(n3.getInt("waitlistPosition")).isEqualTo(2);

    JsonObject state = Sessions.session(session);
    assertThat(state.getInt("confirmed")).isEqualTo(3);
    assertThat(state.getInt("partnerConfirmed")).isEqualTo(1);
    assertThat(state.getInt("waitlisted")).isEqualTo(2);

    // a reserved place frees: the partner first in the queue may not take it, the nurse behind may
    assertThat(Sessions.cancelBooking(nurse1, id(n1), null).status()).isEqualTo(200);
    assertThat(Sessions.booking(nurse3, id(n3)).getString("status")).isEqualTo("CONFIRMED");
    assertThat(Sessions.booking(partner2, id(p2)).getString("status")).isEqualTo("WAITLISTED");
    // the partner place frees: it goes to the waiting partner
    assertThat(Sessions.cancelBooking(partner1, id(p1), "Shift change").status()).isEqualTo(200);
    assertThat(Sessions.booking(partner2, id(p2)).getString("status")).isEqualTo("CONFIRMED");
    assertThat(Sessions.messagesOf(partner2)).extracting(m -> m.getString("kind")).containsExactly("PROMOTED", "WAITLISTED");
    assertThat(Sessions.messagesOf(nurse1)).extracting(m -> m.getString("kind")).containsExactly("BOOKING_CANCELLED", "BOOKING_CONFIRMED");

    List<JsonObject> all = Sessions.bookingsOf(provider, session);
    assertThat(all).extracting(b -> b.getString("status")).containsExactly("CANCELLED", "CONFIRMED", "CANCELLED", "CONFIRMED", "CONFIRMED");
    JsonObject mine = Api.get(API + "/bookings/me", partner2).object();
    assertThat(mine.getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(mine.getJsonArray("items").getJsonObject(0).getString("courseTitle")).isNotBlank();
  }

  @Test
  void aPersonHoldsOneBookingPerSessionAndMayBookAgainAfterCancelling() {
    long session = Sessions.scheduled(People.providerOf("NGH"), Sessions.courseOf("NGH"), Sessions.plan(8, 5, 0));
    String nurse = People.staffOf("NGH");
    JsonObject first = Sessions.booked(nurse, session);
    assertProblem(Sessions.book(nurse, session), 409, "already have a booking");
    assertThat(Sessions.session(session).getInt("confirmed")).isEqualTo(1);
    assertThat(Sessions.cancelBooking(nurse, id(first), null).status()).isEqualTo(200);
    assertProblem(Sessions.cancelBooking(nurse, id(first), null), 409, "already cancelled");
    assertThat(Sessions.booked(nurse, session).getString("status")).isEqualTo("CONFIRMED");
  }

  @Test
  void aPersonBooksAndCancelsOnlyForThemselves() {
    long session = Sessions.scheduled(People.providerOf("NGH"), Sessions.courseOf("NGH"), Sessions.plan(8, 5, 0));
    String nurse = People.staffOf("NGH");
    String someoneElse = People.staffOf("NGH");
    JsonObject booking = Sessions.booked(nurse, session);

    assertProblem(Api.post(API + "/sessions/" + session + "/bookings", someoneElse, "{\"organisationCode\":\"BWC\"}"), 403, "your own employer");
    assertProblem(Sessions.cancelBooking(someoneElse, id(booking), null), 403, "your own bookings");
    assertProblem(Sessions.cancelBooking(People.providerOf("BWC"), id(booking), null), 403, null);
    assertProblem(Api.get(API + "/bookings/" + id(booking), someoneElse), 403, null);
    assertProblem(Api.get(API + "/bookings/99999999", nurse), 404, null);
    assertProblem(Sessions.cancelBooking(nurse, 99_999_999L, null), 404, null);
    assertProblem(Sessions.book(nurse, 99_999_999L), 404, null);
    assertThat(Sessions.book(Tokens.system(), session).status()).isEqualTo(403);
    assertProblem(Api.get(API + "/sessions/" + session + "/bookings", nurse), 403, null);
    assertThat(Sessions.booking(nurse, id(booking)).getString("status")).isEqualTo("CONFIRMED");

    long message = id(Sessions.messagesOf(nurse).get(0));
    assertProblem(Api.post(API + "/messages/" + message + "/read", someoneElse, "{}"), 404, null);
    assertThat(Api.get(API + "/messages/me", someoneElse).object().getJsonNumber("total").longValue()).isZero();
  }

  @Test
  void aClosedOrCancelledSessionCannotBeBooked() {
    String provider = People.providerOf("NGH");
    long closed = Sessions.scheduled(provider, Sessions.courseOf("NGH"), Sessions.plan(9, 5, 0)
        .add("bookingCutoffAt", Sessions.now().minusMinutes(1).toString()));
    assertProblem(Sessions.book(People.staffOf("NGH"), closed), 409, "Booking for this session closed");
    long cancelled = Sessions.scheduled(provider, Sessions.courseOf("NGH"), Sessions.plan(9, 5, 0));
    assertThat(Api.post(API + "/sessions/" + cancelled + "/cancellation", provider, "{}").status()).isEqualTo(200);
    assertProblem(Sessions.book(People.staffOf("NGH"), cancelled), 409, "cancelled");
    assertThat(Sessions.session(closed).getInt("confirmed")).isZero();
  }

  @Test
  void aLearnerCannotCancelAConfirmedPlaceAfterTheCutoffButTheProviderCan() {
    String provider = People.providerOf("NGH");
    long session = Sessions.scheduled(provider, Sessions.courseOf("NGH"), Sessions.plan(2, 1, 0)
        .add("cancellationCutoffAt", Sessions.now().minusMinutes(1).toString()));
    String nurse = People.staffOf("NGH");
    String waiting = People.staffOf("NGH");
    long booking = id(Sessions.booked(nurse, session));
    long waitlisted = id(Sessions.booked(waiting, session));
    assertProblem(Sessions.cancelBooking(nurse, booking, null), 409, "Cancellations for this session closed");
    assertThat(Sessions.booking(nurse, booking).getString("status")).isEqualTo("CONFIRMED");
    Api.Reply byProvider = Sessions.cancelBooking(provider, booking, "Phoned in sick");
    assertThat(byProvider.status()).as(byProvider.toString()).isEqualTo(200);
    assertThat(byProvider.object().getString("cancelledBy")).isEqualTo("PROVIDER");
    assertThat(Sessions.booking(waiting, waitlisted).getString("status")).isEqualTo("CONFIRMED");
    assertThat(Sessions.messagesOf(nurse).get(0).getString("text")).contains("Phoned in sick");
  }

  @Test
  void messagesArePagedAndMarkedRead() {
    long session = Sessions.scheduled(People.providerOf("NGH"), Sessions.courseOf("NGH"), Sessions.plan(8, 5, 0));
    String nurse = People.staffOf("NGH");
    long booking = id(Sessions.booked(nurse, session));
    Sessions.cancelBooking(nurse, booking, null);
    JsonObject page = Api.get(API + "/messages/me?size=1", nurse).object();
    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(2);
    assertThat(page.getJsonNumber("unread").longValue()).isEqualTo(2);
    JsonObject newest = page.getJsonArray("items").getJsonObject(0);
    assertThat(newest.getString("kind")).isEqualTo("BOOKING_CANCELLED");
    assertThat(newest.getJsonNumber("bookingId").longValue()).isEqualTo(booking);
    Api.Reply read = Api.post(API + "/messages/" + id(newest) + "/read", nurse, "{}");
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.object().get("readAt").getValueType()).isNotEqualTo(jakarta.json.JsonValue.ValueType.NULL);
    assertThat(Api.get(API + "/messages/me", nurse).object().getJsonNumber("unread").longValue()).isEqualTo(1);
    assertProblem(Api.get(API + "/messages/me?size=101", nurse), 400, null);
    assertProblem(Api.post(API + "/messages/99999999/read", nurse, "{}"), 404, null);
  }
}
