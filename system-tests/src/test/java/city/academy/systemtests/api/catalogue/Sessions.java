package city.academy.systemtests.api.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Scheduling sessions and booking them through the catalogue API, for the tests. */
final class Sessions {
  static final String API = "/catalogue/api";

  private Sessions() {}

  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
  }

  /** A course run by the organisation (from the demo catalogue). */
  static long courseOf(String organisation) {
    Api.Reply reply = Api.get(API + "/courses?size=100", People.staffOf(organisation));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("providerCode").equals(organisation))
        .findFirst().orElseThrow().getJsonNumber("id").longValue();
  }

  /** A plan: starts in {@code days} days, two hours long, at a venue; reserved places release at the start. */
  static JsonObjectBuilder plan(int days, int capacity, int reserved) {
    OffsetDateTime start = now().plusDays(days);
    return Json.createObjectBuilder()
        .add("startsAt", start.toString())
        .add("endsAt", start.plusHours(2).toString())
        .add("venue", "Education Centre, Room 2")
        .add("trainer", "Sam Patel")
        .add("capacity", capacity)
        .add("reservedPlaces", reserved)
        .add("releaseAt", start.toString());
  }

  static Api.Reply schedule(String token, long courseId, JsonObjectBuilder plan) {
    return Api.post(API + "/courses/" + courseId + "/sessions", token, plan.build().toString());
  }

  /** Schedules a session and answers its id. */
  static long scheduled(String token, long courseId, JsonObjectBuilder plan) {
    Api.Reply reply = schedule(token, courseId, plan);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return id(reply.object());
  }

  static JsonObject session(long id) {
    Api.Reply reply = Api.get(API + "/sessions/" + id, People.staffOf("NGH"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.object();
  }

  static Api.Reply book(String token, long sessionId) {
    return Api.post(API + "/sessions/" + sessionId + "/bookings", token, "{}");
  }

  /** Books and answers the booking (it must be accepted). */
  static JsonObject booked(String token, long sessionId) {
    Api.Reply reply = book(token, sessionId);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.object();
  }

  static Api.Reply cancelBooking(String token, long bookingId, String reason) {
    return Api.post(API + "/bookings/" + bookingId + "/cancellation", token,
        reason == null ? "{}" : Json.createObjectBuilder().add("reason", reason).build().toString());
  }

  static JsonObject booking(String token, long bookingId) {
    Api.Reply reply = Api.get(API + "/bookings/" + bookingId, token);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.object();
  }

  /** Every booking of a session, as its provider sees them. */
  static List<JsonObject> bookingsOf(String providerToken, long sessionId) {
    Api.Reply reply = Api.get(API + "/sessions/" + sessionId + "/bookings?size=100", providerToken);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.object().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  static List<JsonObject> messagesOf(String token) {
    Api.Reply reply = Api.get(API + "/messages/me?size=100", token);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.object().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  static void assertProblem(Api.Reply reply, int status, String detailContains) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.isProblem()).as(reply.toString()).isTrue();
    if (detailContains != null) {
      assertThat(reply.object().getString("detail")).contains(detailContains);
    }
  }
}
