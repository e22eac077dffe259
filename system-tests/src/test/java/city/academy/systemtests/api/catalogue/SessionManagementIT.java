package city.academy.systemtests.api.catalogue;

import static city.academy.systemtests.api.catalogue.Sessions.API;
import static city.academy.systemtests.api.catalogue.Sessions.assertProblem;
import static city.academy.systemtests.api.catalogue.Sessions.id;
import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import city.academy.systemtests.Tokens;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Providers schedule, change and cancel sessions of their own organisation's courses. */
@ExtendWith(PlatformExtension.class)
class SessionManagementIT {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Test
  void aProviderSchedulesASessionInLondonTimeAndEveryoneSeesItInUtcAndLondonTime() {
    long course = Sessions.courseOf("NGH");
    // 09:30 London on 1 July is 08:30 UTC (summer time); on 1 December it is 09:30 UTC
    int year = LocalDate.now(LONDON).getYear() + 1;
    Api.Reply summer = Sessions.schedule(Api.tokenFor("provider"), course,
        Sessions.plan(1, 12, 4).add("startsAt", year + "-07-01T09:30").add("endsAt", year + "-07-01T16:30")
            .add("releaseAt", year + "-06-24T09:30").add("approvalNeeded", true));
    assertThat(summer.status()).as(summer.toString()).isEqualTo(201);
    JsonObject created = summer.object();
    assertThat(created.getJsonObject("startsAt").getString("utc")).isEqualTo(year + "-07-01T08:30:00Z");
    assertThat(created.getJsonObject("startsAt").getString("london")).isEqualTo(year + "-07-01T09:30:00+01:00");
    assertThat(created.getInt("capacity")).isEqualTo(12);
    assertThat(created.getInt("reservedPlaces")).isEqualTo(4);
    assertThat(created.getInt("partnerPlaces")).isEqualTo(8);
    assertThat(created.getInt("freePlaces")).isEqualTo(12);
    assertThat(created.getBoolean("approvalNeeded")).isTrue();
    assertThat(created.getString("status")).isEqualTo("SCHEDULED");
    assertThat(created.getJsonObject("cancellationCutoffAt").getString("utc")).as("a day before by default").isEqualTo(year + "-06-30T08:30:00Z");

    Api.Reply winter = Sessions.schedule(People.providerOf("NGH"), course,
        Sessions.plan(1, 5, 0).add("startsAt", year + "-12-01T09:30").add("endsAt", year + "-12-01T10:30"));
    assertThat(winter.object().getJsonObject("startsAt").getString("utc")).isEqualTo(year + "-12-01T09:30:00Z");
    assertThat(winter.object().getJsonObject("startsAt").getString("london")).isEqualTo(year + "-12-01T09:30:00Z");

    // anyone signed in, from any partner, sees the course's sessions
    Api.Reply list = Api.get(API + "/courses/" + course + "/sessions?size=100", Api.tokenFor("carehome.staff"));
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.object().getJsonArray("items").getValuesAs(JsonObject.class)).extracting(Sessions::id)
        .contains(id(created), id(winter.object()));
    assertThat(Api.get(API + "/sessions/" + id(created), Api.tokenFor("carehome.staff")).status()).isEqualTo(200);
  }

  @Test
  void onlyTheRunningOrganisationsProvidersManageItsSessions() {
    long course = Sessions.courseOf("NGH");
    String owner = Api.tokenFor("provider");
    long session = Sessions.scheduled(owner, course, Sessions.plan(10, 8, 2));
    String otherProvider = People.providerOf("BWC");
    String change = Sessions.plan(10, 20, 2).build().toString();

    assertProblem(Sessions.schedule(otherProvider, course, Sessions.plan(10, 8, 2)), 403, "Only NGH's course providers");
    assertProblem(Api.send("PUT", API + "/sessions/" + session, otherProvider, "application/json", change), 403, null);
    assertProblem(Api.post(API + "/sessions/" + session + "/cancellation", otherProvider, "{}"), 403, null);
    assertProblem(Api.get(API + "/sessions/" + session + "/bookings", otherProvider), 403, null);
    assertProblem(Api.get(API + "/sessions/" + session + "/attendance", otherProvider), 403, null);
    assertProblem(Api.send("PUT", API + "/sessions/" + session + "/attendance", otherProvider, "application/json",
        "{\"marks\":[{\"bookingId\":1,\"outcome\":\"ATTENDED\"}]}"), 403, null);
    // people without the provider role, the hospital's own HR and staff included
    for (String token : List.of(Api.tokenFor("staff"), Api.tokenFor("hr"), People.staffOf("NGH"))) {
      assertProblem(Sessions.schedule(token, course, Sessions.plan(10, 8, 2)), 403, null);
      assertProblem(Api.send("PUT", API + "/sessions/" + session, token, "application/json", change), 403, null);
      assertProblem(Api.post(API + "/sessions/" + session + "/cancellation", token, "{}"), 403, null);
    }
    assertThat(Api.post(API + "/courses/" + course + "/sessions", Tokens.system(), Sessions.plan(10, 8, 2).build().toString()).status())
        .isEqualTo(403);

    JsonObject unchanged = Sessions.session(session);
    assertThat(unchanged.getInt("capacity")).isEqualTo(8);
    assertThat(unchanged.getString("status")).isEqualTo("SCHEDULED");

    Api.Reply changed = Api.send("PUT", API + "/sessions/" + session, owner, "application/json", change);
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.object().getInt("capacity")).isEqualTo(20);
  }

  @Test
  void badSessionsAreExplainedAndNothingIsWritten() {
    long course = Sessions.courseOf("NGH");
    String provider = Api.tokenFor("provider");
    long before = total(course);
    String soon = Sessions.now().plusDays(3).toString();

    assertProblem(Sessions.schedule(provider, course, Sessions.plan(3, 10, 0).add("endsAt", Sessions.now().plusDays(2).toString())), 400, "endsAt");
    assertProblem(Sessions.schedule(provider, course, Sessions.plan(3, 10, 0)
        .add("startsAt", Sessions.now().minusHours(1).toString()).add("endsAt", Sessions.now().plusHours(1).toString())
        .add("releaseAt", Sessions.now().minusHours(1).toString())), 400, "past");
    assertProblem(Sessions.schedule(provider, course, Sessions.plan(3, 0, 0)), 400, "at least 1 place");
    assertProblem(Sessions.schedule(provider, course, Sessions.plan(3, -4, 0)), 400, "capacity");
    assertProblem(Sessions.schedule(provider, course, Sessions.plan(3, 10, 11)), 400, "reservedPlaces");
    assertProblem(Sessions.schedule(provider, course, Sessions.plan(3, 10, -1)), 400, "reservedPlaces");
    assertProblem(Sessions.schedule(provider, course, Sessions.plan(3, 10, 0).add("startsAt", "next Tuesday")), 400, "startsAt");
    // the hour skipped when the clocks go forward (01:00 on the last Sunday of March) does not exist
    LocalDate clocksForward = LocalDate.of(LocalDate.now(LONDON).getYear() + 1, 3, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
    assertProblem(Sessions.schedule(provider, course, Sessions.plan(3, 10, 0)
        .add("startsAt", clocksForward + "T01:30").add("endsAt", clocksForward + "T03:30")), 400, "does not exist in London");
    assertProblem(Sessions.schedule(provider, course, Sessions.plan(3, 10, 0).add("bookingCutoffAt", Sessions.now().plusDays(4).toString())), 400, "bookingCutoffAt");
    assertProblem(Sessions.schedule(provider, course, Sessions.plan(3, 10, 0).addNull("venue")), 400, "venue or an online link");
    assertProblem(Sessions.schedule(provider, course, Sessions.plan(3, 10, 0).add("venue", "x".repeat(201))), 400, null);
    assertProblem(Sessions.schedule(provider, course, Sessions.plan(3, 10, 0).remove("capacity")), 400, null);
    assertProblem(Sessions.schedule(provider, course, Sessions.plan(3, 10, 0).add("capacity", "ten")), 400, null);
    assertProblem(Api.post(API + "/courses/" + course + "/sessions", provider, "{\"startsAt\":\"" + soon), 400, null);
    assertProblem(Sessions.schedule(provider, 99_999_999L, Sessions.plan(3, 10, 0)), 404, null);
    assertProblem(Api.send("PUT", API + "/sessions/99999999", provider, "application/json", Sessions.plan(3, 10, 0).build().toString()), 404, null);
    assertProblem(Api.get(API + "/sessions/99999999", provider), 404, null);

    assertThat(total(course)).isEqualTo(before);
  }

  @Test
  void capacityCannotDropBelowTheConfirmedBookingsAndMorePlacesGoToTheWaitlist() {
    String provider = People.providerOf("NGH");
    long session = Sessions.scheduled(provider, Sessions.courseOf("NGH"), Sessions.plan(5, 3, 3));
    for (int i = 0; i < 3; i++) {
      Sessions.booked(People.staffOf("NGH"), session);
    }
    String waiting = People.staffOf("NGH");
    JsonObject waitlisted = Sessions.booked(waiting, session);
    assertThat(waitlisted.getString("status")).isEqualTo("WAITLISTED");
    assertThat(waitlisted.getInt("waitlistPosition")).isEqualTo(1);

    Api.Reply smaller = Api.send("PUT", API + "/sessions/" + session, provider, "application/json", Sessions.plan(5, 2, 2).build().toString());
    assertProblem(smaller, 409, "3 people hold confirmed places");
    assertThat(smaller.object().getString("detail")).contains("at least 3 places, not 2");
    assertThat(Sessions.session(session).getInt("capacity")).isEqualTo(3);

    Api.Reply bigger = Api.send("PUT", API + "/sessions/" + session, provider, "application/json", Sessions.plan(5, 4, 4).build().toString());
    assertThat(bigger.status()).as(bigger.toString()).isEqualTo(200);
    assertThat(bigger.object().getInt("confirmed")).isEqualTo(4);
    assertThat(bigger.object().getInt("waitlisted")).isZero();
    assertThat(Sessions.booking(waiting, id(waitlisted)).getString("status")).isEqualTo("CONFIRMED");
    assertThat(Sessions.messagesOf(waiting)).extracting(m -> m.getString("kind")).contains("WAITLISTED", "PROMOTED");
  }

  @Test
  void cancellingASessionCancelsEveryBookingAndTellsEachPerson() {
    String provider = People.providerOf("NGH");
    long session = Sessions.scheduled(provider, Sessions.courseOf("NGH"), Sessions.plan(6, 1, 0));
    String confirmed = People.staffOf("NGH");
    String waiting = People.staffOf("BWC");
    long first = id(Sessions.booked(confirmed, session));
    long second = id(Sessions.booked(waiting, session));

    Api.Reply cancelled = Api.post(API + "/sessions/" + session + "/cancellation", provider, "{\"reason\":\"The trainer is ill.\"}");
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.object().getString("status")).isEqualTo("CANCELLED");
    assertThat(cancelled.object().getInt("confirmed")).isZero();
    for (String[] person : List.of(new String[] {confirmed, Long.toString(first)}, new String[] {waiting, Long.toString(second)})) {
      JsonObject booking = Sessions.booking(person[0], Long.parseLong(person[1]));
      assertThat(booking.getString("status")).isEqualTo("CANCELLED");
      assertThat(booking.getString("cancelledBy")).isEqualTo("PROVIDER");
      JsonObject message = Sessions.messagesOf(person[0]).get(0);
      assertThat(message.getString("kind")).isEqualTo("SESSION_CANCELLED");
      assertThat(message.getString("text")).contains("The trainer is ill.");
    }
    assertProblem(Sessions.book(People.staffOf("NGH"), session), 409, "cancelled");
    assertProblem(Api.post(API + "/sessions/" + session + "/cancellation", provider, "{}"), 409, null);
    assertProblem(Api.send("PUT", API + "/sessions/" + session, provider, "application/json", Sessions.plan(6, 5, 0).build().toString()), 409, null);
  }

  private static long total(long course) {
    return Api.get(API + "/courses/" + course + "/sessions?includePast=true&size=1", People.staffOf("NGH")).object().getJsonNumber("total").longValue();
  }
}
