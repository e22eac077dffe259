package city.academy.systemtests.api;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalogue service over HTTP. */
@ExtendWith(PlatformExtension.class)
class CatalogueApiIT {

  @Test
  void signedInPeopleBrowseCoursesFromEveryPartner() {
    Api.Reply reply = Api.get("/catalogue/api/courses?size=50", Api.tokenFor("carehome.staff"));
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.text()).contains("\"providerCode\":\"NGH\"").contains("\"providerCode\":\"BWC\"");
    assertThat(reply.object().getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(6);
  }

  @Test
  void oneCourseAndUnknownCourses() {
    String token = Api.tokenFor("staff");
    long id = Api.get("/catalogue/api/courses?size=1", token).object().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    assertThat(Api.get("/catalogue/api/courses/" + id, token).status()).isEqualTo(200);
    Api.Reply unknown = Api.get("/catalogue/api/courses/999999", token);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.isProblem()).isTrue();
    Api.Reply notANumber = Api.get("/catalogue/api/courses/abc", token);
    assertThat(notANumber.status()).isEqualTo(404);
    assertThat(notANumber.isProblem()).isTrue();
  }

  @Test
  void badPagesAreExplained() {
    String token = Api.tokenFor("staff");
    Api.Reply tooBig = Api.get("/catalogue/api/courses?size=101", token);
    assertThat(tooBig.status()).isEqualTo(400);
    assertThat(tooBig.object().getString("detail")).contains("1 to 100");
    assertThat(Api.get("/catalogue/api/courses?page=-1", token).status()).isEqualTo(400);
  }

  @Test
  void thePortalsSystemTokenCannotBrowseOnSomeonesBehalf() {
    Api.Reply reply = Api.get("/catalogue/api/courses", city.academy.systemtests.Tokens.system());
    assertThat(reply.status()).isEqualTo(403);
  }
}
