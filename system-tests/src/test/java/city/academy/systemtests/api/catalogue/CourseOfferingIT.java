package city.academy.systemtests.api.catalogue;

import static city.academy.systemtests.api.catalogue.Sessions.API;
import static city.academy.systemtests.api.catalogue.Sessions.assertProblem;
import static city.academy.systemtests.api.catalogue.Sessions.id;
import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Providers offer and change their own organisation's courses, and only theirs. */
@ExtendWith(PlatformExtension.class)
class CourseOfferingIT {

  private static JsonObjectBuilder course(String provider) {
    return Json.createObjectBuilder().add("providerCode", provider).add("title", "Infection Prevention Refresher")
        .add("description", "Hand hygiene, PPE and outbreak management.").add("category", "Statutory and mandatory")
        .add("cpdHours", 2.5).add("deliveryMode", "virtual").add("audience", "Clinical staff")
        .add("prerequisites", "Level 1 e-learning").add("subjectCode", "INFECTION_PREVENTION").add("levelCode", "2");
  }

  private static Api.Reply offer(String token, JsonObjectBuilder body) {
    return Api.post(API + "/courses", token, body.build().toString());
  }

  private static long countOf(String provider) {
    return Api.get(API + "/courses?provider=" + provider + "&size=1", People.staffOf(provider)).object()
        .getJsonNumber("total").longValue();
  }

  @Test
  void aProviderOffersACourseAndChangesIt() {
    String provider = People.providerOf("NGH");
    long before = countOf("NGH");
    Api.Reply offered = offer(provider, course("NGH"));
    assertThat(offered.status()).as(offered.toString()).isEqualTo(201);
    JsonObject made = offered.object();
    assertThat(made.getString("deliveryMode")).isEqualTo("VIRTUAL");
    assertThat(made.getString("prerequisites")).isEqualTo("Level 1 e-learning");
    assertThat(countOf("NGH")).isEqualTo(before + 1);

    Api.Reply changed = Api.send("PUT", API + "/courses/" + id(made), provider, "application/json",
        course("NGH").add("title", "Infection Prevention and Control Refresher").add("cpdHours", 3).build().toString());
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(Api.get(API + "/courses/" + id(made), People.staffOf("BWC")).object().getString("title"))
        .isEqualTo("Infection Prevention and Control Refresher");
  }

  @Test
  void onlyTheRunningOrganisationsProvidersOfferOrChangeItsCourses() {
    long before = countOf("NGH");
    assertProblem(offer(People.providerOf("BWC"), course("NGH")), 403, "providers");
    assertProblem(offer(People.staffOf("NGH"), course("NGH")), 403, null);
    long mine = id(offer(People.providerOf("NGH"), course("NGH")).object());
    assertProblem(Api.send("PUT", API + "/courses/" + mine, People.providerOf("BWC"), "application/json",
        course("NGH").build().toString()), 403, null);
    assertProblem(Api.send("PUT", API + "/courses/" + mine, People.providerOf("NGH"), "application/json",
        course("BWC").build().toString()), 400, "stays with");
    assertThat(countOf("NGH")).isEqualTo(before + 1);
  }

  @Test
  void badCoursesAreRefusedAndNothingIsWritten() {
    String provider = People.providerOf("NGH");
    long before = countOf("NGH");
    assertProblem(offer(provider, course("NGH").add("subjectCode", "JUGGLING")), 400, "framework has no JUGGLING");
    assertProblem(offer(provider, course("NGH").add("levelCode", "9")), 400, "level 9");
    assertProblem(offer(provider, course("NGH").remove("levelCode")), 400, "both the subject and the level");
    assertProblem(offer(provider, course("NGH").add("deliveryMode", "by pigeon")), 400, "deliveryMode");
    assertProblem(offer(provider, course("NGH").add("cpdHours", -1)), 400, "cpdHours");
    assertProblem(offer(provider, course("NGH").add("title", "t".repeat(201))), 400, "title");
    assertProblem(offer(provider, course("NGH").remove("category")), 400, "category");
    assertProblem(offer(provider, course("NGH").add("audience", "a".repeat(501))), 400, "500");
    assertProblem(offer(provider, course("NGH").remove("providerCode")), 400, "providerCode");
    assertProblem(Api.send("PUT", API + "/courses/99999999", provider, "application/json", course("NGH").build().toString()), 404, null);
    assertThat(countOf("NGH")).isEqualTo(before);
  }
}
