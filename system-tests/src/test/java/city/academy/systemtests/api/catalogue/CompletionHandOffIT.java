package city.academy.systemtests.api.catalogue;

import static city.academy.systemtests.api.catalogue.Sessions.API;
import static city.academy.systemtests.api.catalogue.Sessions.id;
import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import city.academy.systemtests.Tokens;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A care worker completes a course run by the hospital trust, and the completion arrives in their
 * passport by itself (the catalogue's outbox, delivered by its relay), once.
 */
@ExtendWith(PlatformExtension.class)
class CompletionHandOffIT {

  private static long fireSafetyCourseOfNgh(String token) {
    return Api.get(API + "/courses?size=100", token).object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("providerCode").equals("NGH") && "FIRE_SAFETY".equals(c.getString("subjectCode", null)))
        .findFirst().orElseThrow().getJsonNumber("id").longValue();
  }

  private static List<JsonObject> catalogueRecords(String token, String courseTitle) {
    return Api.get("/passport/api/people/me/records", token).json().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(r -> "CATALOGUE".equals(r.getString("source")) && courseTitle.equals(r.getString("courseTitle", null)))
        .filter(r -> LocalDate.now(ZoneId.of("Europe/London")).toString().equals(r.getString("completedOn")))
        .toList();
  }

  @Test
  void aCompletedCourseArrivesInThePassportOnce() throws Exception {
    String learner = Tokens.forPrincipal(Api.principal("carehome.staff"));
    String provider = People.providerOf("NGH");
    long course = fireSafetyCourseOfNgh(learner);
    String title = Api.get(API + "/courses/" + course, learner).object().getString("title");
    int before = catalogueRecords(learner, title).size();

    OffsetDateTime start = Sessions.now().plusSeconds(6);
    long session = Sessions.scheduled(provider, course, Sessions.plan(1, 4, 1)
        .add("startsAt", start.toString()).add("endsAt", start.plusHours(1).toString())
        .add("releaseAt", start.toString()).add("cancellationCutoffAt", start.toString()));
    JsonObject booking = Sessions.booked(learner, session);
    assertThat(booking.getString("status")).isEqualTo("CONFIRMED");

    Thread.sleep(Math.max(0, Duration.between(OffsetDateTime.now(), start).toMillis()) + 500);
    Api.Reply marked = Api.send("PUT", API + "/sessions/" + session + "/attendance", provider, "application/json",
        "{\"marks\":[{\"bookingId\":" + id(booking) + ",\"outcome\":\"COMPLETED\"}]}");
    assertThat(marked.status()).as(marked.toString()).isEqualTo(200);

    long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
    List<JsonObject> arrived = catalogueRecords(learner, title);
    while (arrived.size() == before && System.nanoTime() < deadline) {
      Thread.sleep(500);
      arrived = catalogueRecords(learner, title);
    }
    assertThat(arrived).as("the completion reached the passport").hasSize(before + 1);
    JsonObject record = arrived.get(0);
    assertThat(record.getString("subject")).isEqualTo("FIRE_SAFETY");
    assertThat(record.getString("attestedBy")).isEqualTo("NGH");
    assertThat(record.getString("enteredBy")).isEqualTo("catalogue-service");

    // Marking it completed again writes nothing new, and later rounds of the relay send nothing twice.
    Api.send("PUT", API + "/sessions/" + session + "/attendance", provider, "application/json",
        "{\"marks\":[{\"bookingId\":" + id(booking) + ",\"outcome\":\"COMPLETED\"}]}");
    Thread.sleep(6_000);
    assertThat(catalogueRecords(learner, title)).hasSize(before + 1);
    JsonObject fire = Api.get("/passport/api/people/me/passport", learner).object().getJsonArray("requirements")
        .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("subject").equals("FIRE_SAFETY")).findFirst().orElseThrow();
    assertThat(fire.getString("status")).isEqualTo("COMPLIANT");
  }
}
