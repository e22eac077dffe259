package city.academy.systemtests.api.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.Outbox;
import city.academy.systemtests.PlatformExtension;
import city.academy.systemtests.Tokens;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A message left for a person also reaches their inbox: in the embedded default, as one .eml file
 * a message in the data folder's outbox, addressed to the email address the passport holds, with a
 * plain-text and an HTML part and a link to the portal.
 */
@ExtendWith(PlatformExtension.class)
class EmailDeliveryIT {

  @Test
  void aConfirmedBookingIsEmailedToTheAddressThePassportHolds() throws Exception {
    JsonObject careWorker = Api.principal("carehome.staff");
    String personId = careWorker.getString("personId");
    Api.Reply contact = Api.get("/passport/api/people/" + personId + "/contact", Tokens.system());
    assertThat(contact.status()).as(contact.toString()).isEqualTo(200);
    String address = contact.object().getString("email");
    assertThat(address).contains("@");

    long session = Sessions.scheduled(People.providerOf("BWC"), Sessions.courseOf("BWC"), Sessions.plan(12, 10, 0));
    Sessions.booked(Tokens.forPrincipal(careWorker), session);
    List<JsonObject> messages = Sessions.messagesOf(Tokens.forPrincipal(careWorker));
    JsonObject confirmed = messages.stream().filter(m -> m.getJsonNumber("sessionId") != null
        && m.getJsonNumber("sessionId").longValue() == session).findFirst().orElseThrow();

    Outbox.Email email = Outbox.arrives(confirmed.getString("subject"), address);
    assertThat(email.message().getHeader("Content-Language")[0]).isEqualTo("en-GB");
    assertThat(email.text()).contains(confirmed.getString("text").lines().findFirst().orElseThrow()).contains("/messages.xhtml")
        .contains("/preferences.xhtml");
    assertThat(email.html()).contains("lang=\"en-GB\"").contains("Read your messages in the One Workforce Academy portal")
        .contains("Choose which emails you get</a>");
  }

  @Test
  void onlyServicesAskForAnAddress() {
    String personId = Api.principal("carehome.staff").getString("personId");
    assertThat(Api.get("/passport/api/people/" + personId + "/contact", Api.tokenFor("carehome.staff")).status()).isEqualTo(403);
    assertThat(Api.get("/passport/api/people/" + personId + "/contact", Api.tokenFor("admin")).status()).isEqualTo(403);
    assertThat(Api.get("/passport/api/people/" + personId + "/contact", null).status()).isEqualTo(401);
    assertThat(Api.get("/passport/api/people/OWA-00000000/contact", Tokens.system()).status()).isEqualTo(404);
    assertThat(Api.get("/passport/api/people/not-an-identity/contact", Tokens.system()).status()).isEqualTo(400);
  }
}
