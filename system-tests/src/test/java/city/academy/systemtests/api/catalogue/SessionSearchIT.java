package city.academy.systemtests.api.catalogue;

import static city.academy.systemtests.api.catalogue.Sessions.API;
import static city.academy.systemtests.api.catalogue.Sessions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Searching the catalogue: every filter, "places I could take", paging in start order, bad input.
 * The sessions are made for two days far ahead that no other test uses, and every search is limited
 * to those days, so the answers are exact.
 */
@ExtendWith(PlatformExtension.class)
class SessionSearchIT {
  static LocalDate day;
  static long fire;
  static long dementia;
  static long leading;

  @BeforeAll
  static void threeSessionsOverTwoDays() {
    day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(ThreadLocalRandom.current().nextInt(400, 700));
    String ngh = People.providerOf("NGH");
    String bwc = People.providerOf("BWC");
    // NGH's fire safety: 3 places, 2 reserved, 1 open to partners
    fire = Sessions.scheduled(ngh, courseTitled("Fire Safety Awareness"), plan(day, "10:00", 3, 2));
    // BWC's dementia care: 2 places, both reserved for BWC's staff
    dementia = Sessions.scheduled(bwc, courseTitled("Dementia Care Essentials"), plan(day, "11:00", 2, 2));
    // NGH's leadership course (virtual), the next morning
    leading = Sessions.scheduled(ngh, courseTitled("Leading a Team Through Change"), plan(day.plusDays(1), "09:00", 3, 2));
  }

  static long courseTitled(String title) {
    Api.Reply reply = Api.get(API + "/courses?size=100", People.staffOf("NGH"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("title").equals(title))
        .findFirst().orElseThrow().getJsonNumber("id").longValue();
  }

  static jakarta.json.JsonObjectBuilder plan(LocalDate on, String time, int capacity, int reserved) {
    return Json.createObjectBuilder()
        .add("startsAt", on + "T" + time)
        .add("endsAt", on + "T" + time.replaceFirst("^(\\d\\d)", String.format("%02d", Integer.parseInt(time.substring(0, 2)) + 2)))
        .add("venue", "Education Centre, Room 4")
        .add("capacity", capacity)
        .add("reservedPlaces", reserved)
        .add("releaseAt", on + "T" + time);
  }

  static Api.Reply search(String token, String query) {
    return Api.get(API + "/sessions?from=" + day + "&to=" + day.plusDays(1) + (query.isEmpty() ? "" : "&" + query), token);
  }

  static List<Long> found(String token, String query) {
    Api.Reply reply = search(token, query);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonObject page = reply.object();
    List<Long> ids = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(hit -> hit.getJsonObject("session").getJsonNumber("id").longValue()).toList();
    return ids;
  }

  static String q(String words) {
    return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
  }

  @Test
  void everySessionOfTheDaysSoonestFirst() {
    Api.Reply reply = search(People.staffOf("BWC"), "");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonObject page = reply.object();
    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(3);
    assertThat(page.getBoolean("totalExact")).as("a short list is counted to the end").isTrue();
    List<JsonObject> hits = page.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(hits).extracting(h -> h.getJsonObject("session").getJsonNumber("id").longValue()).containsExactly(fire, dementia, leading);
    JsonObject first = hits.get(0);
    assertThat(first.getJsonObject("session").getString("courseTitle")).isEqualTo("Fire Safety Awareness");
    assertThat(first.getJsonObject("session").getString("providerCode")).isEqualTo("NGH");
    assertThat(first.getString("deliveryMode")).isEqualTo("CLASSROOM");
    assertThat(first.getString("subjectCode")).isEqualTo("FIRE_SAFETY");
    assertThat(first.getJsonObject("session").getJsonObject("startsAt").getString("london")).startsWith(day + "T10:00");
  }

  @Test
  void wordsInTheTitleOrDescriptionInAnyCase() {
    String staff = People.staffOf("NGH");
    assertThat(found(staff, q("DEMENTIA"))).containsExactly(dementia);
    assertThat(found(staff, q("fire awareness"))).containsExactly(fire);
    assertThat(found(staff, q("evacuation"))).as("a word of the description").containsExactly(fire);
    assertThat(found(staff, q("fire dementia"))).as("every word must appear").isEmpty();
    assertThat(found(staff, q("100%_"))).isEmpty();
  }

  @Test
  void bySubjectProviderAndMode() {
    String staff = People.staffOf("NGH");
    assertThat(found(staff, "subject=FIRE_SAFETY")).containsExactly(fire);
    assertThat(found(staff, "subject=fire_safety")).containsExactly(fire);
    assertThat(found(staff, "provider=BWC")).containsExactly(dementia);
    assertThat(found(staff, "provider=NGH")).containsExactly(fire, leading);
    assertThat(found(staff, "mode=VIRTUAL")).containsExactly(leading);
    assertThat(found(staff, "provider=ZZZ")).isEmpty();
    assertThat(Api.get(API + "/sessions?from=" + day.plusDays(1) + "&to=" + day.plusDays(1), staff).object()
        .getJsonNumber("total").longValue()).as("London days").isEqualTo(1);
  }

  @Test
  void onlyThePlacesICouldTakeNow() {
    // NGH staff are partners at BWC, whose places are all reserved
    assertThat(found(People.staffOf("NGH"), "available=true")).containsExactly(fire, leading);
    // a third organisation's staff: the open places at NGH
    String carer = People.staffOf("SCC");
    assertThat(found(carer, "available=true")).containsExactly(fire, leading);
    // once another partner takes fire safety's one open place, it is no longer there for partners
    assertThat(Sessions.booked(People.staffOf("BWC"), fire).getString("status")).isEqualTo("CONFIRMED");
    assertThat(found(carer, "available=true")).containsExactly(leading);
    assertThat(found(People.staffOf("NGH"), "available=true")).as("NGH's own staff may take its reserved places").contains(fire);
    List<JsonObject> hits = search(carer, "").object().getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(hits).filteredOn(h -> h.getJsonObject("session").getJsonNumber("id").longValue() == fire)
        .extracting(h -> h.getBoolean("placeForYou")).containsExactly(false);
    assertThat(found(carer, "available=false")).as("everything, places or not").contains(fire, dementia, leading);
  }

  @Test
  void pagesInStartOrder() {
    String staff = People.staffOf("NGH");
    JsonObject first = search(staff, "size=2&page=0").object();
    JsonObject second = search(staff, "size=2&page=1").object();
    assertThat(first.getJsonNumber("total").longValue()).isEqualTo(3);
    assertThat(second.getJsonNumber("total").longValue()).isEqualTo(3);
    assertThat(first.getJsonArray("items")).hasSize(2);
    assertThat(second.getJsonArray("items")).hasSize(1);
    assertThat(found(staff, "size=2&page=1")).containsExactly(leading);
    assertThat(found(staff, "size=2&page=5")).isEmpty();
    assertThat(search(staff, "size=2&page=5").object().getJsonNumber("total").longValue()).isEqualTo(3);
  }

  @Test
  void aCancelledSessionIsNotFound() {
    LocalDate other = day.plusDays(3);
    String ngh = People.providerOf("NGH");
    long session = Sessions.scheduled(ngh, courseTitled("Immediate Life Support"), plan(other, "13:00", 4, 2));
    String staff = People.staffOf("NGH");
    String query = API + "/sessions?from=" + other + "&to=" + other;
    assertThat(Api.get(query, staff).object().getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(Api.post(API + "/sessions/" + session + "/cancellation", ngh, "{\"reason\": \"Trainer ill\"}").status()).isEqualTo(200);
    assertThat(Api.get(query, staff).object().getJsonNumber("total").longValue()).isZero();
  }

  @Test
  void badInputIsAnsweredWithAProblemNamingTheParameter() {
    String staff = People.staffOf("NGH");
    assertProblem(Api.get(API + "/sessions?from=2026-02-30", staff), 400, "from:");
    assertProblem(Api.get(API + "/sessions?to=next-week", staff), 400, "to:");
    assertProblem(Api.get(API + "/sessions?from=2027-05-02&to=2027-05-01", staff), 400, "to:");
    assertProblem(Api.get(API + "/sessions?mode=ONLINE", staff), 400, "mode:");
    assertProblem(Api.get(API + "/sessions?available=maybe", staff), 400, "available:");
    assertProblem(Api.get(API + "/sessions?subject=fire%20safety", staff), 400, "subject:");
    assertProblem(Api.get(API + "/sessions?" + q("x".repeat(201)), staff), 400, "q:");
    assertProblem(Api.get(API + "/sessions?size=0", staff), 400, "size:");
    assertProblem(Api.get(API + "/sessions?size=101", staff), 400, "size:");
    assertProblem(Api.get(API + "/sessions?page=-1", staff), 400, "page:");
  }

  @Test
  void signInNeeded() {
    assertProblem(Api.get(API + "/sessions", null), 401, null);
  }
}
