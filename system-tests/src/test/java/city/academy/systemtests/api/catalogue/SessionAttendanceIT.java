package city.academy.systemtests.api.catalogue;

import static city.academy.systemtests.api.catalogue.Sessions.API;
import static city.academy.systemtests.api.catalogue.Sessions.assertProblem;
import static city.academy.systemtests.api.catalogue.Sessions.id;
import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Attendance once a session has started, and a started session closed to booking and cancelling. */
@ExtendWith(PlatformExtension.class)
class SessionAttendanceIT {

  @Test
  void theProviderMarksAttendanceOnceTheSessionHasStartedAllMarksOrNone() throws Exception {
    String provider = People.providerOf("NGH");
    OffsetDateTime start = Sessions.now().plusSeconds(6);
    long session = Sessions.scheduled(provider, Sessions.courseOf("NGH"), Sessions.plan(1, 2, 0)
        .add("startsAt", start.toString()).add("endsAt", start.plusHours(1).toString())
        .add("releaseAt", start.toString()).add("cancellationCutoffAt", start.toString()));
    String ann = People.staffOf("NGH");
    String ben = People.staffOf("BWC");
    String cat = People.staffOf("NGH");
    long a = id(Sessions.booked(ann, session));
    long b = id(Sessions.booked(ben, session));
    long c = id(Sessions.booked(cat, session));
    String early = marks(a, "ATTENDED");
    assertProblem(Api.send("PUT", API + "/sessions/" + session + "/attendance", provider, "application/json", early), 409, "once the session has started");

    Thread.sleep(Math.max(0, Duration.between(OffsetDateTime.now(), start).toMillis()) + 500);

    assertProblem(Sessions.book(People.staffOf("NGH"), session), 409, "can no longer be booked");
    assertProblem(Sessions.cancelBooking(ann, a, null), 409, "has started");
    Api.Reply marked = Api.send("PUT", API + "/sessions/" + session + "/attendance", provider, "application/json",
        "{\"marks\":[{\"bookingId\":" + a + ",\"outcome\":\"COMPLETED\"},{\"bookingId\":" + b + ",\"outcome\":\"DID_NOT_ATTEND\"}]}");
    assertThat(marked.status()).as(marked.toString()).isEqualTo(200);

    // all or none: the waitlisted booking has no attendance, so Ben's correction is not written either
    Api.Reply mixed = Api.send("PUT", API + "/sessions/" + session + "/attendance", provider, "application/json",
        "{\"marks\":[{\"bookingId\":" + b + ",\"outcome\":\"ATTENDED\"},{\"bookingId\":" + c + ",\"outcome\":\"ATTENDED\"}]}");
    assertProblem(mixed, 409, "not a confirmed place");
    List<JsonObject> register = Api.get(API + "/sessions/" + session + "/attendance", provider).json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(register).extracting(r -> r.getString("attendance")).containsExactlyInAnyOrder("COMPLETED", "DID_NOT_ATTEND");

    assertThat(Api.send("PUT", API + "/sessions/" + session + "/attendance", provider, "application/json", marks(a, "COMPLETED")).status())
        .as("marking a completion again changes nothing").isEqualTo(200);
    assertProblem(Api.send("PUT", API + "/sessions/" + session + "/attendance", provider, "application/json", marks(a, "ATTENDED")), 409, "already marked completed");
    assertProblem(Api.send("PUT", API + "/sessions/" + session + "/attendance", provider, "application/json", marks(a, "PRESENT")), 400, "ATTENDED, DID_NOT_ATTEND or COMPLETED");
    assertProblem(Api.send("PUT", API + "/sessions/" + session + "/attendance", provider, "application/json", marks(99_999_999L, "ATTENDED")), 404, null);
    assertProblem(Api.send("PUT", API + "/sessions/" + session + "/attendance", provider, "application/json", "{\"marks\":[]}"), 400, null);
    assertProblem(Api.send("PUT", API + "/sessions/" + session + "/attendance", People.providerOf("BWC"), "application/json", marks(b, "ATTENDED")), 403, null);
    assertThat(Sessions.booking(ann, a).getString("attendance")).isEqualTo("COMPLETED");
  }

  private static String marks(long booking, String outcome) {
    return "{\"marks\":[{\"bookingId\":" + booking + ",\"outcome\":\"" + outcome + "\"}]}";
  }
}
