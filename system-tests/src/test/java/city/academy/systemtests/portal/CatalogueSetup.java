package city.academy.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Sessions and bookings made through the catalogue API for the browser tests, where the browser
 * would be slow (filling a session, a second person cancelling), and tokens for made-up people who
 * only fill places.
 */
final class CatalogueSetup {
  static final String API = "/catalogue/api";

  private CatalogueSetup() {}

  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
  }

  /** The demo course of that title run by that organisation. */
  static long course(String organisation, String title) {
    Api.Reply reply = Api.get(API + "/courses?size=100", Api.tokenFor("staff"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("providerCode").equals(organisation) && c.getString("title").equals(title))
        .findFirst().orElseThrow().getJsonNumber("id").longValue();
  }

  /** A session in {@code days} days from 10:00 to 12:00 London time, every place open to partners. */
  static JsonObjectBuilder plan(int days, int capacity) {
    LocalDateTime start = LocalDate.now(ZoneId.of("Europe/London")).plusDays(days).atTime(10, 0);
    return Json.createObjectBuilder()
        .add("startsAt", start.toString())
        .add("endsAt", start.plusHours(2).toString())
        .add("venue", "Education Centre, Room 4")
        .add("trainer", "Jo Browne")
        .add("capacity", capacity)
        .add("reservedPlaces", 0);
  }

  /** Schedules a session as the demo provider (NGH) and answers its id. */
  static long scheduled(long course, JsonObjectBuilder plan) {
    Api.Reply reply = Api.post(API + "/courses/" + course + "/sessions", Api.tokenFor("provider"), plan.build().toString());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.object().getJsonNumber("id").longValue();
  }

  static JsonObject book(String token, long session) {
    Api.Reply reply = Api.post(API + "/sessions/" + session + "/bookings", token, "{}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.object();
  }

  static void cancelBooking(String token, long booking) {
    Api.Reply reply = Api.post(API + "/bookings/" + booking + "/cancellation", token, "{}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  static JsonObject session(long id) {
    Api.Reply reply = Api.get(API + "/sessions/" + id, Api.tokenFor("staff"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.object();
  }

  static List<JsonObject> messagesOf(String token) {
    Api.Reply reply = Api.get(API + "/messages/me?size=100", token);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.object().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  /** A made-up staff member of an organisation (not in the passport; enough to hold a place). */
  static String madeUpStaffOf(String organisation) {
    String personId = "TST-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    JsonObject principal = Json.createObjectBuilder()
        .add("username", personId.toLowerCase())
        .add("personId", personId)
        .add("displayName", "Test person " + personId.substring(4))
        .add("roles", Json.createArrayBuilder().add("STAFF"))
        .add("employments", Json.createArrayBuilder().add(Json.createObjectBuilder().add("organisationCode", organisation)))
        .add("hrAdminOf", Json.createArrayBuilder())
        .add("providerFor", Json.createArrayBuilder())
        .build();
    return Tokens.forPrincipal(principal);
  }
}
