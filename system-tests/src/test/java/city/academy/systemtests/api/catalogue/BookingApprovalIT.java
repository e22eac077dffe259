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

/**
 * Sessions that need the line manager's approval: the catalogue learns the learner's line manager
 * from the passport, and only that manager decides.
 */
@ExtendWith(PlatformExtension.class)
class BookingApprovalIT {

  private static long approvalSession(int capacity) {
    return Sessions.scheduled(People.providerOf("NGH"), Sessions.courseOf("NGH"),
        Sessions.plan(12, capacity, 0).add("approvalNeeded", true));
  }

  @Test
  void theLineManagerApprovesTheirTeamMembersRequest() {
    long session = approvalSession(5);
    JsonObject staff = Api.principal("staff");
    JsonObject manager = Api.principal("manager");
    String staffToken = Tokens.forPrincipal(staff);
    String managerToken = Tokens.forPrincipal(manager);

    JsonObject request = Sessions.booked(staffToken, session);
    assertThat(request.getString("status")).isEqualTo("AWAITING_APPROVAL");
    assertThat(request.getString("lineManagerPersonId")).isEqualTo(manager.getString("personId"));
    assertThat(Sessions.session(session).getInt("confirmed")).as("a request holds no place").isZero();

    List<JsonObject> queue = Api.get(API + "/approvals/me?size=100", managerToken).object().getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(queue).extracting(Sessions::id).contains(id(request));
    assertThat(Sessions.messagesOf(managerToken)).anyMatch(m -> m.getString("kind").equals("APPROVAL_NEEDED")
        && m.getJsonNumber("bookingId").longValue() == id(request));
    assertThat(Sessions.booking(managerToken, id(request)).getString("status")).isEqualTo("AWAITING_APPROVAL");

    // nobody else decides: not the learner, not their HR, not another manager
    String decision = "{\"approved\":true}";
    assertProblem(Api.post(API + "/bookings/" + id(request) + "/approval", staffToken, decision), 403, null);
    assertProblem(Api.post(API + "/bookings/" + id(request) + "/approval", Api.tokenFor("hr"), decision), 403, null);
    assertProblem(Api.post(API + "/bookings/" + id(request) + "/approval", People.lineManagerAt("NGH"), decision), 403, "your own team");
    assertProblem(Api.get(API + "/bookings/" + id(request), People.lineManagerAt("NGH")), 403, null);
    assertProblem(Api.post(API + "/bookings/" + id(request) + "/approval", managerToken, "{}"), 400, null);
    assertProblem(Api.post(API + "/bookings/99999999/approval", managerToken, decision), 404, null);
    assertThat(Sessions.booking(staffToken, id(request)).getString("status")).isEqualTo("AWAITING_APPROVAL");

    Api.Reply approved = Api.post(API + "/bookings/" + id(request) + "/approval", managerToken, "{\"approved\":true,\"note\":\"Good idea.\"}");
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(approved.object().getString("status")).isEqualTo("CONFIRMED");
    assertThat(Sessions.messagesOf(staffToken).get(0).getString("text")).contains("approved", "confirmed");
    assertProblem(Api.post(API + "/bookings/" + id(request) + "/approval", managerToken, decision), 409, "not waiting for approval");
    assertThat(Api.get(API + "/approvals/me?size=100", managerToken).object().getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(Sessions::id).doesNotContain(id(request));
  }

  @Test
  void aRefusedRequestEndsAndTheLearnerIsTold() {
    long session = approvalSession(5);
    String staffToken = Api.tokenFor("staff");
    long request = id(Sessions.booked(staffToken, session));
    Api.Reply refused = Api.post(API + "/bookings/" + request + "/approval", Api.tokenFor("manager"),
        "{\"approved\":false,\"note\":\"Not during the ward move.\"}");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
    assertThat(refused.object().getString("status")).isEqualTo("REFUSED");
    JsonObject told = Sessions.messagesOf(staffToken).get(0);
    assertThat(told.getString("kind")).isEqualTo("REFUSED");
    assertThat(told.getString("text")).contains("Not during the ward move.");
    assertThat(Sessions.booked(staffToken, session).getString("status")).as("may ask again").isEqualTo("AWAITING_APPROVAL");
  }

  @Test
  void withoutALineManagerInThePassportARequestIsRefusedAndNothingWritten() {
    long session = approvalSession(5);
    assertProblem(Sessions.book(People.staffOf("NGH"), session), 409, "no line manager is recorded");
    assertThat(Sessions.bookingsOf(People.providerOf("NGH"), session)).isEmpty();
  }
}
